import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { useIntegrationsStore } from './use-integrations-store';
import { useNetworkStore } from './use-network-store';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(() => resetStores(null));

describe('integrations store', () => {
  it('loads the list per profile', async () => {
    const integrations = [{ id: 'hubspot', provider: 'hubspot', displayName: 'HubSpot' }];
    fake.handle('integrations:list', () => ({ ok: true, data: { available: true, integrations } }));
    const pending = useIntegrationsStore.getState().load('p1');
    expect(useIntegrationsStore.getState().byProfile.p1?.loading).toBe(true);
    await pending;
    expect(useIntegrationsStore.getState().byProfile.p1).toEqual({
      loading: false,
      result: { available: true, integrations },
      error: null,
    });
  });

  it('keeps the reason when the key cannot list integrations', async () => {
    const data = { available: false, reason: 'Missing integrations:list' };
    fake.handle('integrations:list', () => ({ ok: true, data }));
    await useIntegrationsStore.getState().load('p1');
    expect(useIntegrationsStore.getState().byProfile.p1?.result).toEqual(data);
  });

  it('records a failure', async () => {
    fake.handle('integrations:list', () => ({
      ok: false,
      error: { code: 'offline', message: 'x' },
    }));
    await useIntegrationsStore.getState().load('p1');
    expect(useIntegrationsStore.getState().byProfile.p1?.error?.code).toBe('offline');
  });
});

describe('network store', () => {
  it('retries through network:retry and takes the new status', async () => {
    fake.handle('network:retry', () => ({ ok: true, data: { online: true, since: 'now' } }));
    useNetworkStore.setState({ status: { online: false, reason: 'down', since: 'then' } });
    await useNetworkStore.getState().retry();
    expect(useNetworkStore.getState().status?.online).toBe(true);
    expect(useNetworkStore.getState().retrying).toBe(false);
  });

  it('counts returns to online, so stale offline errors can be dropped', () => {
    const { setStatus } = useNetworkStore.getState();
    setStatus({ online: true, since: 'a' });
    setStatus({ online: false, since: 'b' });
    setStatus({ online: false, since: 'c' });
    expect(useNetworkStore.getState().reconnects).toBe(0);
    setStatus({ online: true, since: 'd' });
    setStatus({ online: true, since: 'e' });
    expect(useNetworkStore.getState().reconnects).toBe(1);
  });
});
