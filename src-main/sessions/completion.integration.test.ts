/**
 * Seeing customers finish: the poller's one request per profile per interval, completion →
 * revoke at once, the notification, saving to the desk, and the polling budget with 1 and 100
 * open cards, against the fake Nango server.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppSnapshot } from '../../src-shared/contract/channels';
import type { LedgerState } from '../../src-shared/models/ledger';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';
import { POLL_INTERVAL_MS } from './completion-poller';

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
});
afterEach(() => t.close());

const create = (id: string, pid = profileId) =>
  t.ok<HandoffSession>('sessions:create', {
    profileId: pid,
    tags: { end_user_id: id, end_user_email: `${id}@example.com` },
    allowedIntegrations: ['github'],
  });
const tokenOf = (id: string) =>
  t.nango.sessions().find((s) => s.tags?.['handoff_id'] === id)!.token;
const card = async (id: string) =>
  (await t.ok<AppSnapshot>('app:snapshot', {})).sessions.find((s) => s.id === id);
const polls = () => t.nango.requests.filter((r) => r.method === 'GET' && r.path === '/connections');

/** Moves the clock `ms` in poll-interval steps, letting each poll finish. */
async function run(ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 1_000) {
    t.clock.advance(1_000);
    await t.app.poller.whenIdle();
  }
}

describe('completion', () => {
  it('turns the card Connected, revokes the link at once, notifies, and records it', async () => {
    const s = await create('ada');
    const connection = t.nango.completeSession(tokenOf(s.id), { connection_id: 'conn-ada' });
    await run(POLL_INTERVAL_MS);
    await vi.waitFor(async () => expect((await card(s.id))?.status).toBe('completed'));
    await vi.waitFor(() => expect(t.nango.sessions()[0]?.revoked).toBe(true));
    const done = await card(s.id);
    expect(done).toMatchObject({
      status: 'completed',
      completion: {
        connectionId: 'conn-ada',
        integrationId: 'github',
        at: new Date(connection.created).toISOString(),
      },
    });
    expect(done?.revokePending).toBeUndefined();
    expect(t.desktop.notifications).toEqual([
      {
        title: 'Customer connected',
        body: expect.stringMatching(/ada@example.com connected github \(conn-ada\)/),
      },
    ]);
    expect(JSON.stringify(t.desktop.notifications)).not.toContain('nango_connect_session_');
    const ledger = await t.ok<LedgerState>('ledger:list', {});
    expect(ledger.entries[0]).toMatchObject({ outcome: 'connected', connectionId: 'conn-ada' });

    // Offered to the desk: saved with the connection's tags.
    const row = await t.ok<{ connectionId: string; tags: Record<string, string> }>(
      'sessions:save-to-desk',
      { id: s.id },
    );
    expect(row).toMatchObject({
      connectionId: 'conn-ada',
      tags: { end_user_id: 'ada', handoff_id: s.id },
    });
    // No live session: polling stops.
    const before = polls().length;
    await run(60_000);
    expect(polls().length).toBe(before);
  });

  it('keeps the card Connected with "revoke pending" when the revoke after completion fails', async () => {
    const s = await create('bob');
    t.nango.completeSession(tokenOf(s.id));
    t.nango.setFault(
      { kind: 'status', status: 502 },
      { path: '/connect/session', method: 'DELETE', times: 1 },
    );
    await run(POLL_INTERVAL_MS);
    await vi.waitFor(async () => expect((await card(s.id))?.revokePending).toBeDefined());
    expect((await card(s.id))?.status).toBe('completed');
    await run(5_000);
    await vi.waitFor(() => expect(t.nango.sessions()[0]?.revoked).toBe(true));
  });

  it('completes a reconnect when its connection is repaired, and revokes it', async () => {
    t.nango.addConnection({
      connection_id: 'acme-gh',
      provider_config_key: 'github',
      tags: { end_user_id: 'acme' },
      errors: [{ type: 'auth' }],
    });
    const saved = await t.ok<{ id: string }>('connections:save', {
      profileId,
      connectionId: 'acme-gh',
      integrationId: 'github',
      label: 'Acme',
      tags: { end_user_id: 'acme' },
      notes: '',
    });
    await t.ok('connections:refresh', { profileId });
    const s = await t.ok<HandoffSession>('sessions:reconnect', { savedConnectionId: saved.id });
    t.nango.completeSession(t.nango.sessions().find((x) => x.kind === 'reconnect')!.token);
    await run(POLL_INTERVAL_MS);
    await vi.waitFor(async () => expect((await card(s.id))?.status).toBe('completed'));
    await vi.waitFor(() =>
      expect(t.nango.sessions().find((x) => x.kind === 'reconnect')?.revoked).toBe(true),
    );
    expect(polls().at(-1)?.query).toMatchObject({
      connectionId: 'acme-gh',
      integrationId: 'github',
    });
    expect(t.desktop.notifications[0]?.title).toBe('Connection repaired');
  });

  it('pauses on 429 until Retry-After, then resumes', async () => {
    await create('carol');
    t.nango.setFault({ kind: 'status', status: 429 }, { path: '/connections', times: 1 });
    await run(POLL_INTERVAL_MS);
    expect(polls()).toHaveLength(1);
    await run(50_000);
    expect(polls().length).toBeLessThanOrEqual(2);
  });
});

describe('polling budget', () => {
  it.each([1, 10, 100])(
    'with %i open cards: at most 12 requests a minute for the profile',
    async (cards) => {
      t.nango.setRateLimit({ limit: 1000, windowMs: 60_000 });
      for (let i = 0; i < cards; i++) await create(`c${i}`);
      t.nango.clearRequests();
      await run(60_000);
      const count = polls().length;
      console.log(`polling budget: ${cards} open card(s) → ${count} GET /connections per minute`);
      expect(count).toBeLessThanOrEqual(12);
      expect(count).toBeGreaterThanOrEqual(11);
      expect(polls().every((r) => r.query['tags[handoff_install]'] !== undefined)).toBe(true);
    },
  );

  it('polls each profile once per interval: two profiles, two requests', async () => {
    const other = await addProfile(t);
    await create('a');
    await create('b', other);
    t.nango.clearRequests();
    await run(60_000);
    expect(polls().length).toBeLessThanOrEqual(24);
  });
});
