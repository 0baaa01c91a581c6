/**
 * Environment profiles and their keys' status. The key itself never reaches the renderer:
 * it goes in through `setKey` and only a status comes back.
 */
import { create } from 'zustand';
import type { RequestOf } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { ProfilesState, ProfileView } from '../../../src-shared/models/profile';
import { getApi } from '../api';
import { upsertById } from '../lib/upsert-by-id';

/** The profiles store's state and actions. Actions resolve with main's Result for the UI. */
export interface ProfilesStoreState extends ProfilesState {
  /** Replaces everything (snapshot, `profiles:changed`). */
  apply: (state: ProfilesState) => void;
  /** Replaces one profile by id (or adds it). */
  upsert: (profile: ProfileView) => void;
  create: (input: RequestOf<'profiles:create'>) => Promise<Result<ProfileView>>;
  update: (input: RequestOf<'profiles:update'>) => Promise<Result<ProfileView>>;
  remove: (id: string) => Promise<Result<ProfilesState>>;
  activate: (id: string) => Promise<Result<ProfilesState>>;
  /** Stores a secret key; the caller clears its input whatever the outcome. */
  setKey: (profileId: string, secretKey: string) => Promise<Result<ProfileView>>;
  deleteKey: (profileId: string) => Promise<Result<ProfileView>>;
  testKey: (profileId: string) => Promise<Result<ProfileView>>;
}

/** Initial values, also used by tests to reset. */
export const initialProfilesState: ProfilesState = { profiles: [], activeProfileId: null };

export const useProfilesStore = create<ProfilesStoreState>((set, get) => {
  const upsert = (profile: ProfileView) =>
    set((state) => ({ profiles: upsertById(state.profiles, profile) }));
  const withView = async (pending: Promise<Result<ProfileView>>) => {
    const result = await pending;
    if (result.ok) upsert(result.data);
    return result;
  };
  const withState = async (pending: Promise<Result<ProfilesState>>) => {
    const result = await pending;
    if (result.ok) set(result.data);
    return result;
  };
  return {
    ...initialProfilesState,
    apply: (state) => set({ profiles: state.profiles, activeProfileId: state.activeProfileId }),
    upsert,
    create: async (input) => {
      const result = await withView(getApi().profiles.create(input));
      // The first profile becomes the active one.
      if (result.ok && get().activeProfileId === null) await get().activate(result.data.id);
      return result;
    },
    update: (input) => withView(getApi().profiles.update(input)),
    remove: (id) => withState(getApi().profiles.remove({ id })),
    activate: (id) => withState(getApi().profiles.activate({ id })),
    setKey: (profileId, secretKey) => withView(getApi().key.set({ profileId, secretKey })),
    deleteKey: (profileId) => withView(getApi().key.delete({ profileId })),
    testKey: (profileId) => withView(getApi().key.test({ profileId })),
  };
});

/** The active profile, or `null` (a stable reference: safe as a selector). */
export function selectActiveProfile(state: ProfilesState): ProfileView | null {
  return state.profiles.find((p) => p.id === state.activeProfileId) ?? null;
}

/** True when the user must finish setup before handing off a link. */
export function needsSetup(profile: ProfileView | null): boolean {
  return profile === null || profile.key.status !== 'ok';
}
