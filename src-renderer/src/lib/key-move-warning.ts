/**
 * Main deletes a profile's key when its API URL moves to another origin (the key belongs to
 * the server it was entered for). The profile form says so before the user saves.
 */
import type { ProfileView } from '../../../src-shared/models/profile';

const originOf = (value: string): string | null => {
  try {
    return new URL(value.trim()).origin;
  } catch {
    return null;
  }
};

/** The warning to show under the API URL field, or undefined when saving keeps the key. */
export function keyMoveWarning(
  profile: ProfileView | undefined,
  apiBaseUrl: string,
): string | undefined {
  if (!profile || profile.key.status === 'missing') return undefined;
  const next = originOf(apiBaseUrl);
  if (next === null || next === originOf(profile.apiBaseUrl)) return undefined;
  return `This moves the profile to another server (${next}). Saving deletes the stored key, which belongs to ${originOf(profile.apiBaseUrl) ?? 'the old server'}: you will enter the key for the new server.`;
}
