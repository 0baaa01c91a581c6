import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATA_KEY_ACCOUNT, loadDataKey } from '../keychain/data-key';
import { KeychainVault } from '../keychain/keychain-vault';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import { systemClock } from '../platform/clock';
import { EncryptedStore, StoreLockedError } from './encrypted-store';

const TOKEN = `nango_connect_session_${'cd'.repeat(32)}`;
const schema = z.object({ tokens: z.array(z.string()) });

let dir: string;
let secrets: MemorySecretStore;
let notices: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-sealed-'));
  secrets = new MemorySecretStore();
  notices = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (store = secrets) => {
  const vault = new KeychainVault({ store, clock: systemClock, timeoutMs: 2_000 });
  return new EncryptedStore({
    path: join(dir, 'sessions.sealed'),
    purpose: 'test/v1',
    label: 'saved links',
    schema,
    defaults: () => ({ tokens: [] }),
    loadKey: () => loadDataKey(vault),
    notify: (_l, m) => notices.push(m),
    now: () => Date.UTC(2026, 11, 1),
  });
};

describe('encrypted store', () => {
  it('creates one random data key in the keychain and keeps tokens off the disk in clear', async () => {
    const store = open();
    expect((await store.open()).status).toBe('ready');
    store.write({ tokens: [TOKEN] });
    const key = await secrets.get(DATA_KEY_ACCOUNT);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    const file = readFileSync(join(dir, 'sessions.sealed'), 'utf8');
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain(key!);
    expect(JSON.parse(file)).toMatchObject({ format: 'handoff-sealed', alg: 'aes-256-gcm' });
    // A fresh start with the same keychain reads it back.
    const again = open();
    await again.open();
    expect(again.read()).toEqual({ tokens: [TOKEN] });
    expect(notices).toEqual([]);
  });

  it('is locked (never plaintext) while the keychain is locked, and opens on retry once unlocked', async () => {
    await (async () => {
      const s = open();
      await s.open();
      s.write({ tokens: [TOKEN] });
    })();
    secrets.setFault('locked');
    const store = open();
    const state = await store.open();
    expect(state).toMatchObject({ status: 'locked', reason: 'locked' });
    expect(() => store.read()).toThrow(StoreLockedError);
    expect(() => store.write({ tokens: ['x'] })).toThrow(StoreLockedError);
    expect(readdirSync(dir)).toEqual(['sessions.sealed']);
    secrets.setFault(null);
    expect((await store.open()).status).toBe('ready');
    expect(store.read()).toEqual({ tokens: [TOKEN] });
  });

  it('reports an unavailable keychain as locked with its own reason', async () => {
    secrets.setFault('unavailable');
    const state = await open().open();
    expect(state).toMatchObject({ status: 'locked', reason: 'unavailable' });
    expect(existsSync(join(dir, 'sessions.sealed'))).toBe(false);
  });

  it('moves a corrupt file aside with a notice and starts empty', async () => {
    const s = open();
    await s.open();
    s.write({ tokens: [TOKEN] });
    const text = readFileSync(join(dir, 'sessions.sealed'), 'utf8');
    writeFileSync(join(dir, 'sessions.sealed'), text.slice(0, text.length - 20));
    const store = open();
    expect((await store.open()).status).toBe('ready');
    expect(store.read()).toEqual({ tokens: [] });
    expect(store.setAside()).toMatch(/sessions\.sealed\.corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith('sessions.sealed.corrupt-'))).toBe(true);
    expect(notices[0]).toMatch(/damaged.*ledger\) is not affected/);
  });

  it('moves aside a file whose key the keychain lost, and starts with a new key', async () => {
    const s = open();
    await s.open();
    s.write({ tokens: [TOKEN] });
    await secrets.delete(DATA_KEY_ACCOUNT);
    const store = open();
    await store.open();
    expect(store.read()).toEqual({ tokens: [] });
    expect(readdirSync(dir).some((f) => f.startsWith('sessions.sealed.nokey-'))).toBe(true);
    expect(notices[0]).toMatch(/no longer in the keychain/);
  });

  it('moves aside a file that opens but fails the schema', async () => {
    const loose = new EncryptedStore({
      path: join(dir, 'sessions.sealed'),
      purpose: 'test/v1',
      label: 'saved links',
      schema: z.unknown(),
      defaults: () => ({}),
      loadKey: () => loadDataKey(new KeychainVault({ store: secrets, clock: systemClock })),
      notify: () => undefined,
      now: () => 0,
    });
    await loose.open();
    loose.write({ tokens: 'not a list' });
    const store = open();
    await store.open();
    expect(store.read()).toEqual({ tokens: [] });
    expect(notices[0]).toMatch(/not in a format/);
  });
});
