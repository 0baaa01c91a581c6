/**
 * The integration picker's options, per profile. When the key cannot list integrations the
 * result says why, and the picker falls back to free text.
 */
import { create } from 'zustand';
import type { IntegrationsResult } from '../../../src-shared/contract/channels';
import type { AppError } from '../../../src-shared/contract/result';
import { getApi } from '../api';

/** What is known about one profile's integrations. */
export interface IntegrationsEntry {
  loading: boolean;
  result: IntegrationsResult | null;
  error: AppError | null;
}

/** The integrations store's state and actions. */
export interface IntegrationsState {
  byProfile: Record<string, IntegrationsEntry>;
  /** (Re)loads a profile's integrations; keeps the previous list visible meanwhile. */
  load: (profileId: string) => Promise<void>;
}

/** Initial values, also used by tests to reset. */
export const initialIntegrationsState = { byProfile: {} as Record<string, IntegrationsEntry> };

export const useIntegrationsStore = create<IntegrationsState>((set) => {
  const patch = (profileId: string, entry: Partial<IntegrationsEntry>) =>
    set((state) => {
      const current = state.byProfile[profileId] ?? { loading: false, result: null, error: null };
      return { byProfile: { ...state.byProfile, [profileId]: { ...current, ...entry } } };
    });
  return {
    ...initialIntegrationsState,
    load: async (profileId) => {
      patch(profileId, { loading: true });
      const result = await getApi().integrations.list({ profileId });
      patch(
        profileId,
        result.ok
          ? { loading: false, result: result.data, error: null }
          : { loading: false, error: result.error },
      );
    },
  };
});
