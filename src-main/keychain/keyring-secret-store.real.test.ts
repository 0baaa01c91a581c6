/**
 * KeyringSecretStore against the REAL Secret Service (gnome-keyring). Runs only when
 * HANDOFF_REAL_KEYRING=1, i.e. under `bash scripts/with-keyring.sh …`, which provides a private,
 * unlocked keyring; otherwise skipped, because a developer's own keyring may be locked (and its
 * unlock prompt would hang the run) and must not be written to by tests.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../platform/clock';
import { KeychainVault } from './keychain-vault';
import { KeyMissingError } from './key-missing-error';
import { KeyringSecretStore } from './keyring-secret-store';

const REAL = process.env.HANDOFF_REAL_KEYRING === '1';
const SKIP_REASON = REAL
  ? ''
  : ' [SKIPPED: set up a real keyring with `bash scripts/with-keyring.sh npx vitest run …`]';

/** What libsecret itself finds: proves the item is in the Secret Service, not elsewhere. */
function secretToolLookup(service: string, account: string): string | null {
  try {
    return execFileSync('secret-tool', ['lookup', 'service', service, 'username', account], {
      encoding: 'utf8',
      timeout: 10_000,
    });
  } catch {
    return null; // exit status 1: no such item
  }
}

describe.skipIf(!REAL)(`KeyringSecretStore on the real Secret Service${SKIP_REASON}`, () => {
  const service = `handoff-test-${randomUUID()}`;
  const store = new KeyringSecretStore({ service });
  const accounts = ['profile-a', 'profile-b'];

  afterAll(async () => {
    for (const account of accounts) await store.delete(account);
  });

  it('stores, reads, replaces and deletes a secret in gnome-keyring', async () => {
    expect(await store.get('profile-a')).toBeNull();
    await store.set('profile-a', 'sk-first');
    expect(await store.get('profile-a')).toBe('sk-first');
    expect(secretToolLookup(service, 'profile-a')).toBe('sk-first');

    await store.set('profile-a', 'sk-second');
    expect(await store.get('profile-a')).toBe('sk-second');
    expect(secretToolLookup(service, 'profile-a')).toBe('sk-second');

    expect(await store.delete('profile-a')).toBe(true);
    expect(await store.delete('profile-a')).toBe(false);
    expect(await store.get('profile-a')).toBeNull();
    expect(secretToolLookup(service, 'profile-a')).toBeNull();
  });

  it('keeps services apart: the same account under another service is another item', async () => {
    const other = new KeyringSecretStore({ service: `${service}-other` });
    await store.set('profile-b', 'mine');
    expect(await other.get('profile-b')).toBeNull();
  });

  it('backs the vault end to end', async () => {
    const vault = new KeychainVault({ store, clock: systemClock, timeoutMs: 5_000 });
    await vault.setKey('profile-b', 'sk-vault');
    expect(await new KeychainVault({ store, clock: systemClock }).getKey('profile-b')).toBe(
      'sk-vault',
    );
    expect(await vault.peekStatus('profile-b')).toMatchObject({ status: 'ok' });
    expect(await vault.deleteKey('profile-b')).toBe(true);
    await expect(vault.getKey('profile-b')).rejects.toBeInstanceOf(KeyMissingError);
    expect(await vault.peekStatus('profile-b')).toMatchObject({ status: 'missing' });
  });
});
