import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeNango } from '../../test-support/fake-nango';
import { startTestServer } from '../../test-support/fake-nango/test-server';
import type { ProfileView } from '../../src-shared/models/profile';
import { addProfile, startTestApp, TEST_KEY, type TestApp } from '../app/app-test-kit';
import { MemorySecretStore } from '../keychain/memory-secret-store';

// Two fake Nango servers: A, where the key was entered, and B, which the profile is re-pointed
// at. B knows the key too, like a hostile server that accepts anything: any request that
// carried the key would be logged there as `secret-key`.
let t: TestApp;
let other: FakeNango;
let secrets: MemorySecretStore;
let profileId: string;

beforeEach(async () => {
  secrets = new MemorySecretStore();
  t = await startTestApp({ secrets });
  other = (await startTestServer()).nango;
  profileId = await addProfile(t);
});
afterEach(async () => {
  await t.close();
  await other.close();
});

/** Requests to B that carried the key, seen by the app's fetch and by B itself. */
const keyRequestsToOther = () => ({
  sent: t.outgoing.filter(
    (r) => r.url.startsWith(other.url) && (r.authorization ?? '').includes(TEST_KEY),
  ),
  received: other.requests.filter((r) => r.auth === 'secret-key'),
});

/** Every secret-key feature, as a compromised renderer would try them after the move. */
async function tryEveryKeyCall(): Promise<unknown[]> {
  const saved = await t.ok<{ id: string }>('connections:save', {
    profileId,
    connectionId: 'acme-gh',
    integrationId: 'github',
    label: 'Acme',
    tags: {},
    notes: '',
  });
  return Promise.all([
    t.call('key:test', { profileId }),
    t.call('integrations:list', { profileId }),
    t.call('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-1' },
      allowedIntegrations: [],
    }),
    t.call('sessions:reconnect', { savedConnectionId: saved.id }),
    t.call('connections:refresh', { profileId }),
    t.call('connections:search-remote', { profileId }),
    t.call('network:retry', {}),
  ]);
}

describe('the secret key is bound to the API origin it was entered for', () => {
  it('deletes the key when the API URL moves to another origin, and says to enter it again', async () => {
    const moved = await t.ok<ProfileView>('profiles:update', {
      id: profileId,
      apiBaseUrl: other.url,
    });
    expect(moved.apiBaseUrl).toBe(other.url);
    expect(moved.key.status).toBe('missing');
    expect(moved.key.message).toContain(new URL(t.nango.url).origin);
    expect(moved.key.message).toMatch(/Enter the key again for the new server/);
    expect(await secrets.get(profileId)).toBeNull();

    const results = await tryEveryKeyCall();
    for (const result of results.slice(0, 6)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'key_missing' } });
    }
    expect(keyRequestsToOther()).toEqual({ sent: [], received: [] });
    expect(t.outgoing.filter((r) => r.url.startsWith(other.url))).toEqual([]);
  });

  it('never sends a key to another origin, even if one reappears in the keychain', async () => {
    await t.ok('profiles:update', { id: profileId, apiBaseUrl: other.url });
    // Defence in depth: a key the keychain still (or again) holds is not sent to B either.
    await secrets.set(profileId, TEST_KEY);
    await tryEveryKeyCall();
    expect(keyRequestsToOther()).toEqual({ sent: [], received: [] });
  });

  it('uses a key entered for the new server there', async () => {
    await t.ok('profiles:update', { id: profileId, apiBaseUrl: other.url });
    await t.ok('key:set', { profileId, secretKey: TEST_KEY });
    const tested = await t.ok<ProfileView>('key:test', { profileId });
    expect(tested.key.status).toBe('ok');
    expect(other.requests.some((r) => r.auth === 'secret-key')).toBe(true);
  });

  it('keeps the key when only the path or spelling changes on the same origin', async () => {
    const view = await t.ok<ProfileView>('profiles:update', {
      id: profileId,
      apiBaseUrl: `${t.nango.url}/`,
    });
    expect(view.key.status).toBe('ok');
    expect(await secrets.get(profileId)).toBe(TEST_KEY);
    expect((await t.call('key:test', { profileId })).ok).toBe(true);
  });

  it('refuses the move and changes nothing when the keychain cannot delete the key', async () => {
    secrets.setFault('locked');
    expect(await t.call('profiles:update', { id: profileId, apiBaseUrl: other.url })).toMatchObject(
      { ok: false, error: { code: 'keychain_locked' } },
    );
    secrets.setFault(null);
    const state = await t.ok<{ profiles: { profiles: ProfileView[] } }>('app:snapshot', {});
    expect(state.profiles.profiles[0]?.apiBaseUrl).toBe(t.nango.url);
    expect(await secrets.get(profileId)).toBe(TEST_KEY);
    expect((await t.call('key:test', { profileId })).ok).toBe(true);
    expect(keyRequestsToOther()).toEqual({ sent: [], received: [] });
  });
});
