/**
 * The smallest interface over a credential store, so services can be tested with an
 * in-memory one and the real OS keychain can be swapped per platform.
 */

/** A place to keep secrets, keyed by account (here: a profile id). */
export interface SecretStore {
  /** The secret, or null when none is stored. Rejects when the store cannot be read. */
  get(account: string): Promise<string | null>;
  /** Stores or replaces the secret. */
  set(account: string, secret: string): Promise<void>;
  /** Deletes the secret; resolves false when there was none. */
  delete(account: string): Promise<boolean>;
}
