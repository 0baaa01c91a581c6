/**
 * "No key yet" is not a keychain failure: the keychain answered, and it has nothing for this
 * profile. Kept apart from {@link KeychainError} so callers can send the user to Settings
 * instead of to their keychain.
 */

/** The message shown when a profile has no secret key in the keychain. */
export const KEY_MISSING_MESSAGE = 'No secret key is set for this profile. Add it in Settings.';
/** The key's status line while none is stored (shown where the key is entered). */
export const KEY_NOT_STORED_MESSAGE = 'No secret key is stored for this profile yet.';

/** The keychain holds no secret key for a profile. */
export class KeyMissingError extends Error {
  override readonly name = 'KeyMissingError';
  constructor(readonly profileId: string) {
    super(KEY_MISSING_MESSAGE);
  }
}
