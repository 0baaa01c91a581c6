/**
 * Turns whatever a keychain library threw into a {@link KeychainError} a person can act on.
 * Matching is on message text because @napi-rs/keyring reports every platform problem with the
 * same `code` ("GenericFailure"); the patterns are the strings seen on Linux (see
 * docs: platform-notes, Keychain failure modes), plus keytar's wording for the same states.
 */
import { KeychainError } from './keychain-error';
import { KEYCHAIN_MESSAGES, KEYCHAIN_UNKNOWN_MESSAGE } from './keychain-messages';

// Checked first: "Couldn't access platform storage: … unlock prompt was dismissed" would
// otherwise also look like "no storage".
const LOCKED_PATTERNS: readonly RegExp[] = [
  /unlock prompt was dismissed/i,
  /locked collection/i,
  /\b(keychain|keyring|collection) is locked\b/i,
  /user interaction is not allowed/i, // macOS: locked keychain, no UI allowed
];

const UNAVAILABLE_PATTERNS: readonly RegExp[] = [
  /DBUS_SESSION_BUS_ADDRESS/i, // no session bus at all
  /autolaunch D-Bus/i, // keytar's "no session bus, no display"
  /org\.freedesktop\.secrets/i, // bus is up, no Secret Service daemon
  /not provided by any \.service files/i,
  /failed to connect to socket/i, // bus address points nowhere
  /ServiceUnknown|NoReply|Connection refused/i,
  /\bD-?Bus error\b/i,
  /platform failure|couldn't access platform storage/i,
  /cannot find module|failed to load native binding/i, // the native addon itself is missing
];

/** Returns a {@link KeychainError} for `error`; a KeychainError passes through unchanged. */
export function classifyKeychainError(error: unknown): KeychainError {
  if (error instanceof KeychainError) return error;
  const text = describe(error);
  if (LOCKED_PATTERNS.some((p) => p.test(text))) {
    return new KeychainError('locked', KEYCHAIN_MESSAGES.locked, { cause: error });
  }
  if (UNAVAILABLE_PATTERNS.some((p) => p.test(text))) {
    return new KeychainError('unavailable', KEYCHAIN_MESSAGES.unavailable, { cause: error });
  }
  // Unknown: treated as unavailable (the key cannot be used) but worded without guessing why.
  return new KeychainError('unavailable', KEYCHAIN_UNKNOWN_MESSAGE, { cause: error });
}

/** The error's message plus its cause's, since the library nests the D-Bus text there. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.cause === undefined ? error.message : `${error.message} ${describe(error.cause)}`;
  }
  return String(error);
}
