/**
 * An in-memory {@link SecretStore} for tests and the e2e harness, with fault injection so the
 * vault's handling of a locked, missing or hanging keychain can be exercised without one.
 */
import { KeychainError } from './keychain-error';
import { KEYCHAIN_MESSAGES } from './keychain-messages';
import type { SecretStore } from './secret-store';

/** A failure {@link MemorySecretStore} can simulate; 'hang' never answers (an unlock prompt). */
export type SecretStoreFault = 'locked' | 'unavailable' | 'hang';

/** A {@link SecretStore} held in a Map. Not for production: nothing here is encrypted. */
export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();
  private fault: SecretStoreFault | null = null;
  private hung: Array<() => void> = [];
  /** Every call made, in order, e.g. `get:p1` (to assert what the vault asked for). */
  readonly calls: string[] = [];

  constructor(initial: Record<string, string> = {}) {
    for (const [account, secret] of Object.entries(initial)) this.secrets.set(account, secret);
  }

  /** Makes every following call fail (or hang) until set back to null. */
  setFault(fault: SecretStoreFault | null): void {
    this.fault = fault;
  }

  /** Lets hung calls go on, as if the prompt were answered, under the current fault. */
  releaseHung(): void {
    const waiting = this.hung;
    this.hung = [];
    for (const resume of waiting) resume();
  }

  /** Number of calls still hanging. */
  get hungCalls(): number {
    return this.hung.length;
  }

  /** The stored secrets, for assertions (a copy). */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.secrets);
  }

  get(account: string): Promise<string | null> {
    return this.call(`get:${account}`, () => this.secrets.get(account) ?? null);
  }

  set(account: string, secret: string): Promise<void> {
    return this.call(`set:${account}`, () => void this.secrets.set(account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.call(`delete:${account}`, () => this.secrets.delete(account));
  }

  private call<T>(label: string, run: () => T): Promise<T> {
    this.calls.push(label);
    if (this.fault === 'hang') {
      return new Promise<void>((resume) => this.hung.push(resume)).then(() => this.settle(run));
    }
    return Promise.resolve().then(() => this.settle(run));
  }

  private settle<T>(run: () => T): T {
    if (this.fault === 'locked' || this.fault === 'unavailable') {
      throw new KeychainError(this.fault, KEYCHAIN_MESSAGES[this.fault]);
    }
    return run();
  }
}
