import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aConnection, aProfile, aSession, aSnapshot } from '../test/fixtures';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { connectStores } from './connect-stores';
import { scopeOffReason, useConnectionsStore } from './use-connections-store';
import { useProfilesStore } from './use-profiles-store';
import { useSessionsStore } from './use-sessions-store';

let fake: FakeApi;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const capabilities = { integrationsList: true, connectionsList: true, testedAt: 't1' };
const scopeError = {
  code: 'missing_scope',
  message: 'This key lacks the environment:connections:list scope.',
};

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useProfilesStore.setState({ profiles: [aProfile({ capabilities })], activeProfileId: 'p1' });
});
afterEach(() => resetStores(null));

describe('connections store', () => {
  it('loads from the snapshot and follows connections:changed', async () => {
    const snapshot = aSnapshot({ connections: [aConnection({ id: 'a' })] });
    fake.handle('app:snapshot', () => ({ ok: true, data: snapshot }));
    const stop = connectStores(fake.api);
    await flush();
    expect(useConnectionsStore.getState().connections.map((c) => c.id)).toEqual(['a']);
    fake.emit('connections:changed', [aConnection({ id: 'b', health: 'broken' })]);
    expect(useConnectionsStore.getState().connections.map((c) => c.id)).toEqual(['b']);
    stop();
    expect(fake.listenerCount('connections:changed')).toBe(0);
  });

  it('keeps a connections event that beat the snapshot', async () => {
    let answer: (value: unknown) => void = () => {};
    fake.handle('app:snapshot', () => new Promise((resolve) => (answer = resolve)));
    const stop = connectStores(fake.api);
    fake.emit('connections:changed', [aConnection({ id: 'fresh' })]);
    answer({ ok: true, data: aSnapshot({ connections: [aConnection({ id: 'stale' })] }) });
    await flush();
    expect(useConnectionsStore.getState().connections.map((c) => c.id)).toEqual(['fresh']);
    stop();
  });

  it('saves, updates and removes through main', async () => {
    const input = {
      profileId: 'p1',
      connectionId: 'acme-hubspot',
      integrationId: 'hubspot',
      label: 'Acme',
      tags: { end_user_id: 'cus_1' },
      notes: '',
    };
    fake.handle('connections:save', () => ({ ok: true, data: aConnection({ id: 'n' }) }));
    await useConnectionsStore.getState().save(input);
    expect(fake.calls.at(-1)).toEqual({ channel: 'connections:save', request: input });
    expect(useConnectionsStore.getState().connections.map((c) => c.id)).toEqual(['n']);

    fake.handle('connections:update', () => ({
      ok: true,
      data: aConnection({ id: 'n', label: 'Acme Corp' }),
    }));
    await useConnectionsStore.getState().update({ id: 'n', label: 'Acme Corp' });
    expect(useConnectionsStore.getState().connections[0]?.label).toBe('Acme Corp');

    fake.handle('connections:remove', () => ({ ok: true, data: [] }));
    await useConnectionsStore.getState().remove('n');
    expect(fake.calls.at(-1)).toEqual({ channel: 'connections:remove', request: { id: 'n' } });
    expect(useConnectionsStore.getState().connections).toEqual([]);
  });

  it('keeps the list when main refuses', async () => {
    useConnectionsStore.setState({ connections: [aConnection()] });
    fake.handle('connections:remove', () => ({
      ok: false,
      error: { code: 'not_found', message: 'gone' },
    }));
    const result = await useConnectionsStore.getState().remove('c1');
    expect(result.ok).toBe(false);
    expect(useConnectionsStore.getState().connections).toHaveLength(1);
  });

  it('records a refresh summary per profile, and a failure without losing it', async () => {
    const summary = { checked: 3, broken: 1, repaired: 1, missing: 0, refreshedAt: 'now' };
    fake.handle('connections:refresh', () => ({ ok: true, data: summary }));
    const pending = useConnectionsStore.getState().refresh('p1');
    expect(useConnectionsStore.getState().refreshByProfile.p1?.pending).toBe(true);
    await pending;
    expect(fake.calls.at(-1)).toEqual({
      channel: 'connections:refresh',
      request: { profileId: 'p1' },
    });
    expect(useConnectionsStore.getState().refreshByProfile.p1).toEqual({
      pending: false,
      summary,
      error: null,
    });
    fake.handle('connections:refresh', () => ({
      ok: false,
      error: { code: 'offline', message: 'No route' },
    }));
    await useConnectionsStore.getState().refresh('p1');
    const entry = useConnectionsStore.getState().refreshByProfile.p1;
    expect(entry?.error?.code).toBe('offline');
    expect(entry?.summary).toEqual(summary);
  });

  it('turns the desk’s scope off on missing_scope until the key is tested again', async () => {
    fake.handle('connections:refresh', () => ({ ok: false, error: scopeError }));
    const profile = () => useProfilesStore.getState().profiles[0] ?? null;
    expect(scopeOffReason(profile(), useConnectionsStore.getState().scopeBlocks)).toBeNull();
    await useConnectionsStore.getState().refresh('p1');
    expect(scopeOffReason(profile(), useConnectionsStore.getState().scopeBlocks)).toBe(
      scopeError.message,
    );
    // A new key test (which found the scope) supersedes the old answer.
    useProfilesStore.setState({
      profiles: [aProfile({ capabilities: { ...capabilities, testedAt: 't2' } })],
    });
    expect(scopeOffReason(profile(), useConnectionsStore.getState().scopeBlocks)).toBeNull();
  });

  it('says the scope is off when the key test found it missing', () => {
    const profile = aProfile({ capabilities: { ...capabilities, connectionsList: false } });
    expect(scopeOffReason(profile, {})).toMatch(/environment:connections:list/);
    expect(scopeOffReason(null, {})).toBeNull();
  });

  it('searches Nango and clears a scope block once a call succeeds', async () => {
    fake.handle('connections:search-remote', () => ({ ok: false, error: scopeError }));
    const request = { profileId: 'p1', page: 0 };
    await useConnectionsStore.getState().searchRemote(request);
    expect(useConnectionsStore.getState().scopeBlocks.p1).toBeDefined();
    const page = { connections: [], page: 0, hasMore: false };
    fake.handle('connections:search-remote', () => ({ ok: true, data: page }));
    const result = await useConnectionsStore.getState().searchRemote(request);
    expect(result).toEqual({ ok: true, data: page });
    expect(fake.calls.at(-1)).toEqual({ channel: 'connections:search-remote', request });
    expect(useConnectionsStore.getState().scopeBlocks.p1).toBeUndefined();
  });

  it('imports and takes main’s list', async () => {
    const request = {
      profileId: 'p1',
      connections: [
        { connectionId: 'r1', integrationId: 'hubspot', label: 'Dana', tags: { a: 'b' } },
      ],
    };
    fake.handle('connections:import', () => ({ ok: true, data: [aConnection({ id: 'r1' })] }));
    await useConnectionsStore.getState().importRemote(request);
    expect(fake.calls.at(-1)).toEqual({ channel: 'connections:import', request });
    expect(useConnectionsStore.getState().connections.map((c) => c.id)).toEqual(['r1']);
  });

  it('reconnects by saved id, adds the card to the sessions and remembers it for the row', async () => {
    const session = aSession({ id: 'rs', kind: 'reconnect', connectionId: 'acme-hubspot' });
    fake.handle('sessions:reconnect', () => ({ ok: true, data: session }));
    const result = await useConnectionsStore.getState().reconnect('c1');
    expect(result.ok).toBe(true);
    expect(fake.calls).toEqual([
      { channel: 'sessions:reconnect', request: { savedConnectionId: 'c1' } },
    ]);
    expect(useSessionsStore.getState().sessions.map((s) => s.id)).toEqual(['rs']);
    expect(useConnectionsStore.getState().reconnectSessions).toEqual({ c1: 'rs' });
  });

  it('reports a failed reconnect and queues nothing', async () => {
    fake.handle('sessions:reconnect', () => ({
      ok: false,
      error: { code: 'offline', message: 'No route' },
    }));
    const result = await useConnectionsStore.getState().reconnect('c1');
    expect(result.ok).toBe(false);
    expect(useSessionsStore.getState().sessions).toEqual([]);
    expect(useConnectionsStore.getState().reconnectSessions).toEqual({});
  });
});
