import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aProfile } from '../test/fixtures';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { needsSetup, selectActiveProfile, useProfilesStore } from './use-profiles-store';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(() => resetStores(null));

describe('profiles store', () => {
  it('creates the first profile and makes it active', async () => {
    const created = aProfile({ key: { status: 'missing', message: '' } });
    fake.handle('profiles:create', () => ({ ok: true, data: created }));
    fake.handle('profiles:activate', () => ({
      ok: true,
      data: { profiles: [created], activeProfileId: created.id },
    }));
    const input = {
      name: 'Production',
      apiBaseUrl: 'https://api.nango.dev',
      connectUiBaseUrl: 'https://connect.nango.dev',
    };
    await useProfilesStore.getState().create(input);
    expect(fake.calls.map((c) => c.channel)).toEqual(['profiles:create', 'profiles:activate']);
    const state = useProfilesStore.getState();
    expect(selectActiveProfile(state)?.id).toBe('p1');
    expect(needsSetup(selectActiveProfile(state))).toBe(true);
  });

  it('sends the key once and keeps only the returned status', async () => {
    useProfilesStore.setState({
      profiles: [aProfile({ key: { status: 'missing', message: '' } })],
      activeProfileId: 'p1',
    });
    fake.handle('key:set', () => ({ ok: true, data: aProfile() }));
    await useProfilesStore.getState().setKey('p1', 'secret-uuid');
    expect(fake.calls).toEqual([
      { channel: 'key:set', request: { profileId: 'p1', secretKey: 'secret-uuid' } },
    ]);
    const state = useProfilesStore.getState();
    expect(JSON.stringify(state)).not.toContain('secret-uuid');
    expect(needsSetup(selectActiveProfile(state))).toBe(false);
  });

  it('records capabilities from a key test', async () => {
    useProfilesStore.setState({ profiles: [aProfile()], activeProfileId: 'p1' });
    const capabilities = { integrationsList: true, connectionsList: false, testedAt: 'now' };
    fake.handle('key:test', () => ({ ok: true, data: aProfile({ capabilities }) }));
    await useProfilesStore.getState().testKey('p1');
    expect(selectActiveProfile(useProfilesStore.getState())?.capabilities).toEqual(capabilities);
  });

  it('keeps state when main refuses', async () => {
    useProfilesStore.setState({ profiles: [aProfile()], activeProfileId: 'p1' });
    fake.handle('profiles:remove', () => ({
      ok: false,
      error: { code: 'keychain_locked', message: 'locked' },
    }));
    const result = await useProfilesStore.getState().remove('p1');
    expect(result.ok).toBe(false);
    expect(useProfilesStore.getState().profiles).toHaveLength(1);
  });

  it('needs setup without a profile or without a working key', () => {
    expect(needsSetup(null)).toBe(true);
    expect(needsSetup(aProfile({ key: { status: 'locked', message: '' } }))).toBe(true);
    expect(needsSetup(aProfile())).toBe(false);
  });
});
