import { afterEach, describe, expect, it } from 'vitest';
import type { ProfilesState, ProfileView } from '../../src-shared/models/profile';
import { addProfile, startTestApp, TEST_KEY, type TestApp } from '../app/app-test-kit';
import { KeyringSecretStore } from '../keychain/keyring-secret-store';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import type { SecretStore } from '../keychain/secret-store';

const realKeyring = process.env['HANDOFF_REAL_KEYRING'] === '1';
let t: TestApp | undefined;
afterEach(() => t?.close());

const state = async (app: TestApp) =>
  (await app.ok<{ profiles: ProfilesState }>('app:snapshot', {})).profiles;

const stores: [string, () => SecretStore][] = [['in-memory store', () => new MemorySecretStore()]];
if (realKeyring) {
  stores.push([
    'real gnome-keyring',
    () => new KeyringSecretStore({ service: `handoff-profiles-test-${process.pid}` }),
  ]);
}

describe.each(stores)('profiles with keys in the %s', (_name, makeStore) => {
  it('adds, switches and removes profiles; each key lives under its profile id and is deleted with it', async () => {
    const secrets = makeStore();
    t = await startTestApp({ secrets });
    const prod = await addProfile(t);
    const devKey = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
    t.nango.addKey(devKey);
    const dev = (
      await t.ok<ProfileView>('profiles:create', {
        name: 'Development',
        apiBaseUrl: t.nango.url,
        connectUiBaseUrl: 'https://connect.nango.dev',
      })
    ).id;
    await t.ok('key:set', { profileId: dev, secretKey: devKey });

    expect((await state(t)).activeProfileId).toBe(prod);
    expect((await t.ok<ProfilesState>('profiles:activate', { id: dev })).activeProfileId).toBe(dev);
    expect(await secrets.get(prod)).toBe(TEST_KEY);
    expect(await secrets.get(dev)).toBe(devKey);

    const renamed = await t.ok<ProfileView>('profiles:update', { id: dev, name: 'Staging' });
    expect(renamed.name).toBe('Staging');

    const after = await t.ok<ProfilesState>('profiles:remove', { id: dev });
    expect(after.profiles.map((p) => p.id)).toEqual([prod]);
    expect(after.activeProfileId).toBe(prod);
    expect(await secrets.get(dev)).toBeNull();
    expect(t.diskText()).not.toContain(devKey);
    await t.ok('profiles:remove', { id: prod });
  });
});

describe('keychain states', () => {
  it('reports a locked keychain distinctly, keeps the profile when removal cannot delete its key', async () => {
    const secrets = new MemorySecretStore();
    t = await startTestApp({ secrets });
    const id = await addProfile(t, null);
    secrets.setFault('locked');
    expect(await t.call('key:set', { profileId: id, secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      error: { code: 'keychain_locked' },
    });
    expect(await t.call('profiles:remove', { id })).toMatchObject({
      ok: false,
      error: { code: 'keychain_locked' },
    });
    expect((await state(t)).profiles.map((p) => [p.id, p.key.status])).toEqual([[id, 'locked']]);
    secrets.setFault(null);
    await t.ok('key:set', { profileId: id, secretKey: TEST_KEY });
    expect((await state(t)).profiles[0]?.key.status).toBe('ok');
  });

  it('reports an unavailable keychain and never falls back to a file', async () => {
    const secrets = new MemorySecretStore();
    t = await startTestApp({ secrets });
    const id = await addProfile(t, null);
    secrets.setFault('unavailable');
    expect(await t.call('key:set', { profileId: id, secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      error: { code: 'keychain_unavailable' },
    });
    expect(t.diskText()).not.toContain(TEST_KEY);
    expect((await state(t)).profiles[0]?.key.status).toBe('unavailable');
  });

  it('validates profile URLs: https, or http only on loopback', async () => {
    t = await startTestApp();
    const bad = await t.call('profiles:create', {
      name: 'X',
      apiBaseUrl: 'http://nango.example.com',
      connectUiBaseUrl: 'https://connect.nango.dev',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
