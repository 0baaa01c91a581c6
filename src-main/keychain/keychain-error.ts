/**
 * Keychain failures, by what the user must do. Never answered by falling back to plaintext.
 */

/** Why the keychain could not be used. */
export type KeychainErrorKind =
  /** Locked, or its unlock prompt was dismissed. */
  | 'locked'
  /** No Secret Service / D-Bus / keychain at all. */
  | 'unavailable'
  /** No answer in time: an unlock prompt may be waiting on screen. */
  | 'timeout';

/** An error from the OS keychain. */
export class KeychainError extends Error {
  override readonly name = 'KeychainError';
  constructor(
    readonly kind: KeychainErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
