/**
 * Profile secret keys in the OS keychain: the one way services read, write and check them.
 * Adds what the raw store lacks: a timeout on every call, "waiting for the keychain" events,
 * a memory cache (so a keychain that locks later does not prompt again), and clear states.
 * There is no plaintext fallback anywhere: if the keychain cannot take the key, nothing does.
 */
import type { Clock } from '../platform/clock';
import { classifyKeychainError } from './classify-keychain-error';
import { KeychainCallGuard } from './keychain-call-guard';
import { KEY_NOT_STORED_MESSAGE, KeyMissingError } from './key-missing-error';
import type { SecretStore } from './secret-store';

export interface KeychainVaultOptions {
  store: SecretStore;
  clock: Clock;
  /** Stop waiting for a keychain call after this long. Default 15 000 ms. */
  timeoutMs?: number;
  /** Fire `onActivity(true)` once a call has taken this long. Default 750 ms. */
  slowAfterMs?: number;
  /** Slow keychain calls: true when waiting starts, false when it ends (e.g. a spinner). */
  onActivity?: (waiting: boolean) => void;
}

/** A profile's key state, for a settings or status view. Never includes the key. */
export interface KeyStatus {
  /** A timed-out call reports 'locked': an unlock prompt is the usual reason it hangs. */
  status: 'ok' | 'missing' | 'locked' | 'unavailable';
  message: string;
}

const OK_MESSAGE = 'The secret key is stored in the OS keychain.';

/** Reads and writes profile secret keys through a {@link SecretStore}. */
export class KeychainVault {
  private readonly store: SecretStore;
  private readonly guard: KeychainCallGuard;
  private readonly cache = new Map<string, string>();
  // Reads still pending in the store, shared so a retry after a timeout joins the prompt that
  // is already on screen instead of raising a second one.
  private readonly reads = new Map<string, Promise<string | null>>();
  // Bumped on every set/delete, so a read that started before one never fills the cache.
  private readonly generations = new Map<string, number>();

  constructor(options: KeychainVaultOptions) {
    this.store = options.store;
    this.guard = new KeychainCallGuard({
      clock: options.clock,
      timeoutMs: options.timeoutMs ?? 15_000,
      slowAfterMs: options.slowAfterMs ?? 750,
      onActivity: options.onActivity,
    });
  }

  /** The profile's key. Rejects with `KeychainError` or {@link KeyMissingError}. */
  async getKey(profileId: string): Promise<string> {
    const cached = this.cache.get(profileId);
    if (cached !== undefined) return cached;
    const key = await this.call(this.read(profileId));
    if (key === null) throw new KeyMissingError(profileId);
    return key;
  }

  /** The profile's key state. Never rejects; reads the keychain only if the key is not cached. */
  async peekStatus(profileId: string): Promise<KeyStatus> {
    try {
      await this.getKey(profileId);
      return { status: 'ok', message: OK_MESSAGE };
    } catch (error) {
      if (error instanceof KeyMissingError)
        return { status: 'missing', message: KEY_NOT_STORED_MESSAGE };
      const failure = classifyKeychainError(error);
      const status = failure.kind === 'unavailable' ? 'unavailable' : 'locked';
      return { status, message: failure.message };
    }
  }

  /** Stores or replaces the profile's key. Rejects with `KeychainError`; nothing is kept if so. */
  async setKey(profileId: string, key: string): Promise<void> {
    const generation = this.invalidate(profileId);
    await this.call(this.store.set(profileId, key));
    // Only now is the key in the keychain; caching it earlier would be a plaintext fallback.
    if (this.generationOf(profileId) === generation) this.cache.set(profileId, key);
  }

  /** Deletes the profile's key; resolves false when there was none. */
  async deleteKey(profileId: string): Promise<boolean> {
    this.invalidate(profileId);
    return this.call(this.store.delete(profileId));
  }

  // --- Internals ---

  private read(profileId: string): Promise<string | null> {
    const pending = this.reads.get(profileId);
    if (pending) return pending;
    const generation = this.generationOf(profileId);
    const read = this.store.get(profileId).then((key) => {
      // May land after the caller timed out: then the next getKey is answered from memory.
      if (key !== null && this.generationOf(profileId) === generation) {
        this.cache.set(profileId, key);
      }
      return key;
    });
    this.reads.set(profileId, read);
    const forget = (): void => {
      if (this.reads.get(profileId) === read) this.reads.delete(profileId);
    };
    read.then(forget, forget);
    return read;
  }

  private generationOf(profileId: string): number {
    return this.generations.get(profileId) ?? 0;
  }

  private invalidate(profileId: string): number {
    const generation = this.generationOf(profileId) + 1;
    this.generations.set(profileId, generation);
    this.cache.delete(profileId);
    this.reads.delete(profileId);
    return generation;
  }

  private async call<T>(pending: Promise<T>): Promise<T> {
    try {
      return await this.guard.wait(pending);
    } catch (error) {
      throw classifyKeychainError(error);
    }
  }
}
