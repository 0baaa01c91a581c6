/**
 * A secret key is bound to the API origin it was entered for. Re-pointing a profile at another
 * server must never carry the key there (a compromised renderer could otherwise exfiltrate it
 * with one `profiles:update` and one `key:test`), so the profile service deletes the key when
 * the origin changes, and the key getter refuses any other origin as a second line of defence.
 */
import { AppFailure } from '../errors/app-failure';
import { apiOrigin } from '../nango/nango-url';
import type { StoredProfile } from './profile-store';

/**
 * The origin the profile's key belongs to: recorded when it was set; `null` once the key was
 * deleted or the profile moved (no origin may receive whatever the keychain holds); for a
 * profile saved before keys were bound (field absent), its current API.
 */
function keyOriginOf(profile: StoredProfile): string | null {
  return profile.keyOrigin === undefined ? apiOrigin(profile.apiBaseUrl) : profile.keyOrigin;
}

/** True when moving the profile to `nextApiBaseUrl` would send requests to another origin. */
export function changesOrigin(profile: StoredProfile, nextApiBaseUrl: string): boolean {
  return apiOrigin(nextApiBaseUrl) !== apiOrigin(profile.apiBaseUrl);
}

/** The key status line after a move deleted the key, shown until a new key is entered. */
export function keyRemovedMessage(from: string, profile: StoredProfile): string {
  return `The secret key was for ${from}, so Handoff deleted it when this profile moved to ${apiOrigin(profile.apiBaseUrl)}. Enter the key again for the new server.`;
}

/** Throws unless the profile's key was entered for `origin`. */
export function assertKeyOrigin(profile: StoredProfile, origin: string): void {
  const bound = keyOriginOf(profile);
  if (bound === origin) return;
  if (bound === null) {
    throw new AppFailure(
      'key_missing',
      `No secret key has been entered for ${origin} on this profile. Enter it in Settings.`,
    );
  }
  // key_missing: as far as `origin` is concerned there is no key; Settings is where to fix it.
  throw new AppFailure(
    'key_missing',
    `The stored secret key was entered for ${bound}, not ${origin}, so Handoff will not send it there. Enter the key for this server in Settings.`,
  );
}
