/**
 * The persisted profiles document: environments and their non-secret settings. Keys are never
 * here; they live in the keychain under the profile id.
 */
import { z } from 'zod';
import type { JsonBackend } from '../store/json-backend';
import { salvageRows, type Notify } from '../store/salvage-rows';
import { openVersionedStore } from '../store/versioned-store';
import type { DocumentStore } from '../store/settings-store';

const capabilities = z.object({
  integrationsList: z.boolean(),
  connectionsList: z.boolean(),
  testedAt: z.string(),
});

/** One stored profile. */
const storedProfile = z.object({
  id: z.string().min(1),
  name: z.string(),
  apiBaseUrl: z.string(),
  connectUiBaseUrl: z.string(),
  capabilities: capabilities.nullable(),
  /** Set when Nango answered 401 for this profile's key; cleared when the key is replaced. */
  keyRejected: z.boolean(),
  /**
   * The API origin the stored key was entered for; the key is never sent anywhere else.
   * Absent on profiles saved before keys were bound: their key belongs to their current API.
   */
  keyOrigin: z.string().nullable().optional(),
  /** The origin whose key was deleted when the API URL moved to another server (for the UI). */
  keyRemovedFrom: z.string().nullable().optional(),
  createdAt: z.string(),
});
export type StoredProfile = z.infer<typeof storedProfile>;

/** Shown for a profile whose name was lost; the user is told to check it. */
const RESTORED_PROFILE_NAME = 'Restored profile';

/**
 * A damaged profile is kept when what identifies it and where its key may go (id, API and
 * Connect UI URLs) is intact: its key is in the keychain under that id, and dropping the row
 * would orphan it. Everything else falls back to a safe default.
 */
const repairableProfile = storedProfile.extend({
  name: z.string().min(1).catch(RESTORED_PROFILE_NAME),
  capabilities: capabilities.nullable().catch(null),
  keyRejected: z.boolean().catch(false),
  // A damaged binding binds to nothing: the key is not sent anywhere until it is entered again.
  keyOrigin: z.string().nullable().optional().catch(null),
  keyRemovedFrom: z.string().nullable().optional().catch(null),
  createdAt: z.string().catch(new Date(0).toISOString()),
});

const profilesDoc = z.object({
  profiles: z.array(storedProfile),
  activeProfileId: z.string().nullable(),
});
/** The whole profiles file. */
export type ProfilesDoc = z.infer<typeof profilesDoc>;

/** Opens the profiles document (version 1). */
export function openProfileStore(backend: JsonBackend, notify: Notify): DocumentStore<ProfilesDoc> {
  return openVersionedStore({
    backend,
    label: 'profiles',
    version: 1,
    schema: profilesDoc,
    defaults: () => ({ profiles: [], activeProfileId: null }),
    salvage: (data) => {
      const salvaged = salvageRows(data, 'profiles', storedProfile, repairableProfile);
      if (!salvaged) return undefined;
      const { rows: profiles, repaired, dropped } = salvaged;
      const active = (data as { activeProfileId?: unknown }).activeProfileId;
      const activeProfileId = profiles.some((p) => p.id === active)
        ? (active as string)
        : (profiles[0]?.id ?? null);
      return { value: { profiles, activeProfileId }, repaired, dropped };
    },
    notify,
  });
}
