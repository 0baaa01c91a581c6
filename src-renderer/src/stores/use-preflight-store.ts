/**
 * Each profile's phone pre-flight defaults and presets (main owns and stores them).
 */
import { create } from 'zustand';
import type { Result } from '../../../src-shared/contract/result';
import type { Preflight, PreflightSettings } from '../../../src-shared/models/preflight';
import { getApi } from '../api';

/** The pre-flight store's state and actions. */
export interface PreflightStoreState {
  byProfile: Record<string, PreflightSettings>;
  load: (profileId: string) => Promise<void>;
  setDefaults: (
    profileId: string,
    defaults: PreflightSettings['defaults'],
  ) => Promise<Result<PreflightSettings>>;
  savePreset: (
    profileId: string,
    name: string,
    preflight: Preflight,
  ) => Promise<Result<PreflightSettings>>;
  removePreset: (profileId: string, presetId: string) => Promise<Result<PreflightSettings>>;
}

/** Initial values, also used by tests to reset. */
export const initialPreflightState = { byProfile: {} as Record<string, PreflightSettings> };

/** The pre-flight store. */
export const usePreflightStore = create<PreflightStoreState>((set) => {
  const keep = async (pending: Promise<Result<PreflightSettings>>) => {
    const result = await pending;
    if (result.ok) {
      set((s) => ({ byProfile: { ...s.byProfile, [result.data.profileId]: result.data } }));
    }
    return result;
  };
  return {
    ...initialPreflightState,
    load: async (profileId) => {
      await keep(getApi().preflight.get({ profileId }));
    },
    setDefaults: (profileId, defaults) =>
      keep(getApi().preflight.setDefaults({ profileId, ...defaults })),
    savePreset: (profileId, name, preflight) =>
      keep(getApi().preflight.savePreset({ profileId, name, preflight })),
    removePreset: (profileId, presetId) =>
      keep(getApi().preflight.removePreset({ profileId, presetId })),
  };
});
