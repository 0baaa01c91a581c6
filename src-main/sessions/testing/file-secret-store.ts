/**
 * TEST ONLY: a SecretStore in a JSON file, so a child process and its parent share a "keychain"
 * across a SIGKILL (the crash-consistency test). Never used by the app: the app has no
 * plaintext secret store of any kind.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SecretStore } from '../../keychain/secret-store';
import { writeFileAtomic } from '../../store/atomic-file';

/** Secrets in `path`, written atomically. */
export class FileSecretStore implements SecretStore {
  constructor(private readonly path: string) {}

  async get(account: string): Promise<string | null> {
    return this.all()[account] ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    writeFileAtomic(this.path, JSON.stringify({ ...this.all(), [account]: secret }));
  }

  async delete(account: string): Promise<boolean> {
    const all = this.all();
    if (!(account in all)) return false;
    delete all[account];
    writeFileAtomic(this.path, JSON.stringify(all));
    return true;
  }

  private all(): Record<string, string> {
    return existsSync(this.path)
      ? (JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, string>)
      : {};
  }
}
