/**
 * What to tell people for each keychain state. One place, so the vault, the classifier and
 * the status view all say the same thing, and each message says what to do next.
 */
import type { KeychainErrorKind } from './keychain-error';

/** The actionable message for each {@link KeychainErrorKind}. */
export const KEYCHAIN_MESSAGES: Readonly<Record<KeychainErrorKind, string>> = {
  locked:
    "Your keychain is locked. Unlock it (on Linux: the 'login' keyring in Passwords and Keys) and try again.",
  unavailable:
    'No OS keychain is available: Handoff needs the Secret Service (GNOME Keyring or KWallet) and never stores the key in a file.',
  timeout: 'Waiting for the keychain… unlock it or answer its prompt, then try again.',
};

/** For errors we cannot place: still no plaintext fallback, and still a next step. */
export const KEYCHAIN_UNKNOWN_MESSAGE =
  'The OS keychain reported an error. Check that it is running and unlocked, then try again.';
