/**
 * A document sealed with the install's data key (AES-256-GCM, see sealed-box.ts) in one file,
 * written atomically. It opens only once the keychain hands over the key: until then it is
 * `locked` (a clear state the UI shows, with a retry), and nothing is ever written in clear.
 * A file that cannot be opened (altered, truncated, sealed with a key the keychain no longer
 * has) is moved aside with a notice and the store starts empty: it never blocks start-up.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { z } from 'zod';
import { KeychainError } from '../keychain/keychain-error';
import { classifyKeychainError } from '../keychain/classify-keychain-error';
import { writeFileAtomic } from './atomic-file';
import { seal, unseal } from './sealed-box';
import type { Notify } from './salvage-rows';

/** Where an encrypted store is. `locked` covers a locked, missing or unanswering keychain. */
export type EncryptedStoreState =
  | { status: 'closed' }
  | { status: 'ready' }
  | { status: 'locked'; reason: KeychainError['kind']; message: string };

/** How to open one. */
export interface EncryptedStoreOptions<T> {
  /** The sealed file. */
  path: string;
  /** Bound into every seal, so a file of another kind is refused. */
  purpose: string;
  /** Human name for notices ("saved links"). */
  label: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Loads (or creates) the data key; rejects with a keychain error when it cannot. */
  loadKey: () => Promise<{ key: Buffer; created: boolean }>;
  notify: Notify;
  /** Clock for backup names. */
  now: () => number;
}

/** Thrown by read/write while the store is not open. */
export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';
  constructor(readonly state: EncryptedStoreState) {
    super(state.status === 'locked' ? state.message : 'The encrypted store is not open yet.');
  }
}

/** One encrypted document. Open once with {@link EncryptedStore.open}; read/write are synchronous. */
export class EncryptedStore<T> {
  private key: Buffer | null = null;
  private current: T | null = null;
  private state: EncryptedStoreState = { status: 'closed' };
  private opening: Promise<EncryptedStoreState> | null = null;
  private setAsideAt: string | null = null;
  /** An unreadable file could not be moved aside: it is never written over. */
  private frozen: string | null = null;

  constructor(private readonly options: EncryptedStoreOptions<T>) {}

  /** The current state. */
  status(): EncryptedStoreState {
    return this.state;
  }

  /**
   * Gets the key from the keychain and reads the file. Safe to call again (a retry after the
   * keychain was unlocked); concurrent calls share one attempt. Never rejects.
   */
  open(): Promise<EncryptedStoreState> {
    if (this.state.status === 'ready') return Promise.resolve(this.state);
    this.opening ??= this.tryOpen().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  /** Where the last open moved an unreadable file, or null when nothing was set aside. */
  setAside(): string | null {
    return this.setAsideAt;
  }

  /** The document. Throws {@link StoreLockedError} unless open. */
  read(): T {
    if (this.current === null) throw new StoreLockedError(this.state);
    return structuredClone(this.current);
  }

  /** Seals and atomically replaces the file; the in-memory copy changes only once it is on disk. */
  write(value: T): void {
    if (this.key === null) throw new StoreLockedError(this.state);
    if (this.frozen) throw new Error(this.frozen);
    const text = seal(this.key, this.options.purpose, JSON.stringify({ version: 1, data: value }));
    writeFileAtomic(this.options.path, text);
    this.current = structuredClone(value);
  }

  private async tryOpen(): Promise<EncryptedStoreState> {
    let loaded: { key: Buffer; created: boolean };
    try {
      loaded = await this.options.loadKey();
    } catch (error) {
      const failure = error instanceof KeychainError ? error : classifyKeychainError(error);
      this.state = { status: 'locked', reason: failure.kind, message: failure.message };
      return this.state;
    }
    this.key = loaded.key;
    this.current = this.load(loaded.created);
    this.state = { status: 'ready' };
    return this.state;
  }

  private load(keyIsNew: boolean): T {
    const { path, label } = this.options;
    if (!existsSync(path)) return this.options.defaults();
    if (keyIsNew) {
      return this.moveAside(
        'nokey',
        `Your ${label} were sealed with a key that is no longer in the keychain, so they could not be opened.`,
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(
        unseal(this.key as Buffer, this.options.purpose, readFileSync(path, 'utf8')),
      );
    } catch {
      return this.moveAside('corrupt', `Your ${label} file was damaged and could not be opened.`);
    }
    const data = (raw as { data?: unknown } | null)?.data;
    const parsed = this.options.schema.safeParse(data);
    if (!parsed.success) {
      return this.moveAside('invalid', `Your ${label} file was not in a format Handoff knows.`);
    }
    return parsed.data;
  }

  private moveAside(reason: string, message: string): T {
    const stamp = new Date(this.options.now()).toISOString().replace(/[:.]/g, '-');
    const target = `${this.options.path}.${reason}-${stamp}`;
    try {
      renameSync(this.options.path, target);
    } catch (error) {
      // A read-only or full disk: keep the file exactly where it is and never write over it.
      this.frozen = `${message} It could not be moved aside (${(error as NodeJS.ErrnoException).code ?? 'disk error'}), so it was left untouched at ${this.options.path} and nothing new can be saved until the folder is writable.`;
      this.options.notify('warning', this.frozen);
      return this.options.defaults();
    }
    this.setAsideAt = target;
    this.options.notify(
      'warning',
      `${message} Handoff started afresh; the file was kept at ${target}. Your link history (ledger) is not affected.`,
    );
    return this.options.defaults();
  }
}
