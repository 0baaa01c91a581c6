/**
 * What the renderer may know of a profile: its settings and the key's status, never the key.
 */
import type { KeyStatus, ProfileView } from '../../src-shared/models/profile';
import type { StoredProfile } from './profile-store';

/** The vault's answer about a key. */
export interface VaultStatus {
  status: 'ok' | 'missing' | 'locked' | 'unavailable';
  message: string;
}

/** Said under the title "Nango rejected this key": why, and what to do, without repeating it. */
const REJECTED =
  'Nango answered 401: the key was revoked or belongs to another environment. Paste a current key from Nango’s Environment settings.';

/** Combines a stored profile with the vault's status into the renderer's view. */
export function toProfileView(profile: StoredProfile, vault: VaultStatus): ProfileView {
  const rejected = vault.status === 'ok' && profile.keyRejected;
  const status: KeyStatus = rejected ? 'invalid' : vault.status;
  return {
    id: profile.id,
    name: profile.name,
    apiBaseUrl: profile.apiBaseUrl,
    connectUiBaseUrl: profile.connectUiBaseUrl,
    key: { status, message: rejected ? REJECTED : vault.message },
    capabilities: profile.capabilities,
  };
}
