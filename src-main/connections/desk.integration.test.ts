import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RefreshSummary, RemoteConnectionsPage } from '../../src-shared/contract/channels';
import type { SavedConnection } from '../../src-shared/models/connection';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';

let t: TestApp;
let profileId: string;
const ACME_TAGS = { end_user_id: 'acme-1', organization_id: 'acme', plan: 'Enterprise' };

beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
  t.nango.addConnection({
    connection_id: 'acme-gh',
    provider_config_key: 'github',
    tags: ACME_TAGS,
    errors: [{ type: 'auth' }],
  });
  t.nango.addConnection({
    connection_id: 'globex-slack',
    provider_config_key: 'slack',
    tags: { end_user_id: 'globex-7' },
  });
  await t.ok('key:test', { profileId });
});
afterEach(() => t.close());

const importAll = async () => {
  const page = await t.ok<RemoteConnectionsPage>('connections:search-remote', { profileId });
  return t.ok<SavedConnection[]>('connections:import', {
    profileId,
    connections: page.connections.map((c) => ({
      connectionId: c.connectionId,
      integrationId: c.integrationId,
      label: c.tags['end_user_id'] ?? '',
      tags: c.tags,
    })),
  });
};

describe('the reconnect desk', () => {
  it('imports from Nango with current tags, filtering by integration, search and tag', async () => {
    const bySlack = await t.ok<RemoteConnectionsPage>('connections:search-remote', {
      profileId,
      integrationId: 'slack',
    });
    expect(bySlack.connections.map((c) => c.connectionId)).toEqual(['globex-slack']);
    const byTag = await t.ok<RemoteConnectionsPage>('connections:search-remote', {
      profileId,
      tag: { key: 'organization_id', value: 'acme' },
    });
    expect(byTag.connections.map((c) => c.connectionId)).toEqual(['acme-gh']);
    const saved = await importAll();
    expect(saved.find((c) => c.connectionId === 'acme-gh')?.tags).toEqual({
      end_user_id: 'acme-1',
      organization_id: 'acme',
      plan: 'Enterprise',
    });
    // Importing again updates rather than duplicating.
    expect(await importAll()).toHaveLength(2);
  });

  it('refreshes health: broken first with the error type, then reconnect resends tags (plus its handoff_id) and the row turns repaired, its link revoked', async () => {
    await importAll();
    const summary = await t.ok<RefreshSummary>('connections:refresh', { profileId });
    expect(summary).toMatchObject({ checked: 2, broken: 1, repaired: 0 });
    const rows = (await t.ok<{ connections: SavedConnection[] }>('app:snapshot', {})).connections;
    expect(rows[0]).toMatchObject({ connectionId: 'acme-gh', health: 'broken', errorType: 'auth' });

    const session = await t.ok<HandoffSession>('sessions:reconnect', {
      savedConnectionId: rows[0]!.id,
    });
    expect(session).toMatchObject({ kind: 'reconnect', connectionId: 'acme-gh', status: 'active' });
    const server = t.nango.sessions().find((s) => s.kind === 'reconnect')!;
    const sent = { ...ACME_TAGS, handoff_id: session.id };
    expect(server.tags).toEqual(sent);
    const body = t.nango.requests.find((r) => r.path === '/connect/sessions/reconnect')?.body;
    expect(body).toEqual({ connection_id: 'acme-gh', integration_id: 'github', tags: sent });

    t.nango.completeSession(server.token);
    await t.ok('connections:refresh', { profileId });
    const after = await t.ok<{ connections: SavedConnection[]; sessions: HandoffSession[] }>(
      'app:snapshot',
      {},
    );
    expect(after.connections.find((c) => c.connectionId === 'acme-gh')).toMatchObject({
      health: 'repaired',
      tags: sent,
    });
    expect(t.nango.connections().find((c) => c.connection_id === 'acme-gh')?.tags).toEqual({
      end_user_id: 'acme-1',
      organization_id: 'acme',
      plan: 'Enterprise',
      handoff_id: session.id,
    });
    // A repaired row never keeps a live link: the refresh saw it, and the link was revoked.
    await vi.waitFor(() =>
      expect(t.nango.sessions().find((s) => s.token === server.token)?.revoked).toBe(true),
    );
    expect(after.sessions.find((s) => s.id === session.id)).toMatchObject({
      status: 'completed',
      completion: { connectionId: 'acme-gh', integrationId: 'github' },
    });
  });

  it('keeps one live reconnect link per connection: a new one revokes the old', async () => {
    const [row] = await importAll();
    const first = await t.ok<HandoffSession>('sessions:reconnect', { savedConnectionId: row!.id });
    const second = await t.ok<HandoffSession>('sessions:reconnect', { savedConnectionId: row!.id });
    const sessions = (await t.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions;
    expect(sessions.find((s) => s.id === first.id)?.status).toBe('revoked');
    expect(sessions.find((s) => s.id === second.id)?.status).toBe('active');
    expect(t.nango.sessions().filter((s) => s.kind === 'reconnect' && !s.revoked)).toHaveLength(1);
  });

  it('saves, edits and removes by hand; a duplicate is refused', async () => {
    const row = await t.ok<SavedConnection>('connections:save', {
      profileId,
      connectionId: 'acme-gh',
      integrationId: 'github',
      label: 'Acme Corp',
      tags: {},
      notes: '',
    });
    expect(
      await t.call('connections:save', {
        profileId,
        connectionId: 'acme-gh',
        integrationId: 'github',
        label: 'x',
        tags: {},
        notes: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await t.ok<SavedConnection>('connections:update', { id: row.id, notes: 'Call Ada first' }),
    ).toMatchObject({ notes: 'Call Ada first' });
    expect(await t.ok('connections:remove', { id: row.id })).toEqual([]);
  });

  it('marks a connection Nango no longer lists as missing', async () => {
    await t.ok('connections:save', {
      profileId,
      connectionId: 'gone',
      integrationId: 'github',
      label: 'Gone Inc',
      tags: {},
      notes: '',
    });
    expect(await t.ok<RefreshSummary>('connections:refresh', { profileId })).toMatchObject({
      missing: 1,
    });
  });

  it('keeps the saved list when a refresh fails offline', async () => {
    await importAll();
    t.nango.setFault({ kind: 'drop' });
    expect(await t.call('connections:refresh', { profileId })).toMatchObject({
      ok: false,
      error: { code: 'offline' },
    });
    expect(
      (await t.ok<{ connections: SavedConnection[] }>('app:snapshot', {})).connections,
    ).toHaveLength(2);
    t.nango.clearFaults();
    expect((await t.call('connections:refresh', { profileId })).ok).toBe(true);
  });

  it('refreshes in the background every 5 minutes, at most a page per integration batch', async () => {
    await importAll();
    t.nango.clearRequests();
    t.clock.advance(5 * 60_000);
    await new Promise((r) => setTimeout(r, 200));
    const lists = t.nango.requests.filter((r) => r.path === '/connections');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.query).toMatchObject({ integrationId: 'github,slack' });
  });
});

describe('a key without connections:list', () => {
  it('turns the worklist off with an explanation and degrades the integration picker', async () => {
    const scoped = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    t.nango.addKey(scoped, ['environment:connect_sessions:write']);
    await t.ok('key:set', { profileId, secretKey: scoped });
    const view = await t.ok<{
      capabilities: { connectionsList: boolean; integrationsList: boolean };
    }>('key:test', { profileId });
    expect(view.capabilities).toMatchObject({ connectionsList: false, integrationsList: false });
    const refresh = await t.call('connections:refresh', { profileId });
    expect(refresh).toMatchObject({ ok: false, error: { code: 'missing_scope' } });
    expect(!refresh.ok && refresh.error.message).toMatch(/connections:list/);
    expect(await t.ok('integrations:list', { profileId })).toMatchObject({ available: false });
    // Creating sessions still works: that is the one scope it has.
    expect(
      (
        await t.call('sessions:create', {
          profileId,
          tags: { end_user_id: 'u' },
          allowedIntegrations: [],
        })
      ).ok,
    ).toBe(true);
  });
});
