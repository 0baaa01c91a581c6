/**
 * Self-refreshing links against the fake Nango server on the manual clock: the next link at
 * the lead with the same tags and integrations, both valid for the overlap, the old one
 * revoked at the server afterwards (ledger: superseded), the cap and Continue, pausing while
 * hidden or asleep, completion during the overlap, failures, and a restart mid-overlap.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardsOf } from '../../../src-shared/models/card-lineage';
import type { SessionsChange } from '../../../src-shared/contract/events';
import type { LedgerState } from '../../../src-shared/models/ledger';
import type { HandoffSession } from '../../../src-shared/models/session';
import { call } from '../../../test-support/fake-nango/test-server';
import { addProfile, startTestApp, type TestApp } from '../../app/app-test-kit';
import { MemorySecretStore } from '../../keychain/memory-secret-store';
import { POLL_INTERVAL_MS } from '../completion-poller';
import { REFRESH_LEAD_MS, REFRESH_OVERLAP_MS } from './rotation-policy';

const LIFETIME = 30 * 60_000;
const TO_LEAD = LIFETIME - REFRESH_LEAD_MS;

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp({ secrets: new MemorySecretStore() });
  profileId = await addProfile(t);
  await t.ok('window:report-view', { visible: true });
});
afterEach(() => t.close());

const create = (who = 'cus_1') =>
  t.ok<HandoffSession>('sessions:create', {
    profileId,
    tags: { end_user_id: who, end_user_email: `${who}@example.com`, plan: 'gold' },
    allowedIntegrations: ['github', 'slack'],
    preflight: { lang: 'fr', integrations: { slack: { userScopes: 'users:read' } } },
  });
const refreshOn = (id: string) =>
  t.ok<HandoffSession>('sessions:set-refresh', { id, enabled: true });
const list = () => t.app.sessions.list();
const cardOf = (cardId: string) => cardsOf(list()).find((c) => c.cardId === cardId)!;
const tokenOf = (id: string) =>
  t.nango.sessions().find((s) => s.tags?.['handoff_id'] === id)!.token;
const liveAtServer = async (token: string) =>
  (await call(t.nango, '/connect/session', { token })).status === 200;
const mints = () =>
  t.nango.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/connect/sessions'));
const ledger = () => t.ok<LedgerState>('ledger:list', {});
const idle = async () => {
  await t.app.rotation.whenIdle();
  await t.app.poller.whenIdle();
  await t.app.rotation.whenIdle();
};
/** Moves the clock and lets whatever fell due finish. */
async function advance(ms: number, step = 60_000): Promise<void> {
  for (let done = 0; done < ms;) {
    const move = Math.min(step, ms - done);
    t.clock.advance(move);
    done += move;
    await idle();
  }
}

describe('a card that refreshes itself', () => {
  it('gets the next link at the lead, with the same tags, integrations and pre-flight', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD - 60_000);
    expect(mints()).toHaveLength(1);
    await advance(60_000);
    expect(mints()).toHaveLength(2);

    const card = cardOf(first.id);
    const next = card.newest;
    expect(next.id).not.toBe(first.id);
    expect(next.cardId).toBe(first.id);
    expect(card.shown.id).toBe(next.id);
    expect(next.refresh).toMatchObject({ on: true, choice: 'on', count: 1, phase: 'scheduled' });
    const [a, b] = [mints()[0]!.body, mints()[1]!.body] as Record<string, unknown>[];
    const { handoff_id: _a, ...tagsA } = a!['tags'] as Record<string, string>;
    const { handoff_id: _b, ...tagsB } = b!['tags'] as Record<string, string>;
    expect(tagsB).toEqual(tagsA);
    expect((b!['tags'] as Record<string, string>)['handoff_id']).toBe(next.id);
    expect(b!['allowed_integrations']).toEqual(['github', 'slack']);
    expect(b!['integrations_config_defaults']).toEqual(a!['integrations_config_defaults']);
    expect(new URL(next.connectLink).searchParams.get('lang')).toBe('fr');
    // The next link replaces a card the rep already has: no new card to focus.
    const arrived = t.events
      .filter((e) => e.event === 'sessions:changed')
      .map((e) => e.payload as SessionsChange)
      .find((change) => change.upserted.some((s) => s.id === next.id));
    expect(arrived).toBeDefined();
    expect(arrived).not.toHaveProperty('created');

    // Both links work during the overlap; the card says until when the old one does.
    expect(await liveAtServer(tokenOf(first.id))).toBe(true);
    expect(await liveAtServer(tokenOf(next.id))).toBe(true);
    expect(cardOf(first.id).newest.refresh?.previousUntil).toBe(
      new Date(Date.parse(next.createdAt) + REFRESH_OVERLAP_MS).toISOString(),
    );

    await advance(REFRESH_OVERLAP_MS);
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
    expect(await liveAtServer(tokenOf(next.id))).toBe(true);
    // The old link leaves the list; the ledger keeps it as superseded.
    expect(list().map((s) => s.id)).toEqual([next.id]);
    expect(list()[0]?.refresh?.previousUntil).toBeUndefined();
    const entries = (await ledger()).entries;
    expect(entries.find((e) => e.id === first.id)?.outcome).toBe('superseded');
    expect(entries.find((e) => e.id === next.id)?.outcome).toBeNull();
  });

  it('does nothing for a card that does not refresh', async () => {
    const only = await create();
    await advance(LIFETIME);
    expect(mints()).toHaveLength(1);
    expect(list().map((s) => [s.id, s.status])).toEqual([[only.id, 'expired']]);
  });

  it('stops after 4 refreshes, offers Continue, and Continue starts a new run', async () => {
    const first = await create();
    await refreshOn(first.id);
    for (let i = 1; i <= 4; i += 1) {
      // The next lead counts from the newest link's creation, an overlap ago.
      await advance(i === 1 ? TO_LEAD : TO_LEAD - REFRESH_OVERLAP_MS);
      expect(mints()).toHaveLength(1 + i);
      // Never more than two live links; one again once the overlap is over.
      expect(list().filter((s) => s.status === 'active')).toHaveLength(2);
      await advance(REFRESH_OVERLAP_MS);
      expect(list().filter((s) => s.status === 'active')).toHaveLength(1);
    }
    await advance(TO_LEAD - REFRESH_OVERLAP_MS);
    expect(mints()).toHaveLength(5);
    const capped = cardOf(first.id).newest;
    expect(capped.refresh).toMatchObject({ phase: 'capped', count: 4 });
    expect(capped.refresh?.reason).toMatch(/4 refreshes/);
    await advance(REFRESH_LEAD_MS);
    expect(cardOf(first.id).newest.status).toBe('expired');
    expect(mints()).toHaveLength(5);

    // Continue on the expired card: a new link at once, on the same card, count from zero.
    const resumed = await t.ok<HandoffSession>('sessions:continue-refresh', { id: capped.id });
    expect(mints()).toHaveLength(6);
    expect(resumed).toMatchObject({ status: 'active', cardId: first.id });
    expect(resumed.refresh).toMatchObject({ phase: 'scheduled', count: 1 });
    expect(
      (await ledger()).entries.filter((e) => e.outcome === 'superseded').map((e) => e.id),
    ).toHaveLength(4);
  });

  it('after a long hidden spell the card stops; Continue starts a run counted from then', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD);
    expect(mints()).toHaveLength(2);
    // Hidden for a long while: the link goes and the card stops; back and Continue, twice.
    await t.ok('window:report-view', { visible: false });
    await advance(LIFETIME);
    await t.ok('window:report-view', { visible: true });
    expect(cardOf(first.id).newest.refresh?.phase).toBe('stopped');
    expect(mints()).toHaveLength(2);
    await t.ok('sessions:continue-refresh', { id: cardOf(first.id).newest.id });
    expect(mints()).toHaveLength(3);
    // The run restarted at Continue: 2 hours from there, not from the first link.
    await advance(TO_LEAD * 4);
    expect(cardOf(first.id).newest.refresh).toMatchObject({ phase: 'capped', count: 4 });
    expect(mints()).toHaveLength(6);
  });

  it('pauses while the window is hidden; back before expiry it refreshes at once', async () => {
    const first = await create();
    await refreshOn(first.id);
    await t.ok('window:report-view', { visible: false });
    await advance(TO_LEAD + 30_000);
    expect(mints()).toHaveLength(1);
    expect(cardOf(first.id).newest.refresh).toMatchObject({
      phase: 'paused',
      reason: 'The window is hidden.',
    });
    await t.ok('window:report-view', { visible: true });
    await idle();
    expect(mints()).toHaveLength(2);
    expect(cardOf(first.id).newest.status).toBe('active');
    expect(cardOf(first.id).newest.id).not.toBe(first.id);
  });

  it('lets a hidden card expire, and makes no link until the rep asks', async () => {
    const first = await create();
    await refreshOn(first.id);
    await t.ok('window:report-view', { visible: false });
    await advance(LIFETIME);
    expect(list().map((s) => s.status)).toEqual(['expired']);
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
    await t.ok('window:report-view', { visible: true });
    await advance(60_000);
    expect(mints()).toHaveLength(1);
    expect(list()[0]?.refresh).toMatchObject({
      phase: 'stopped',
      reason: 'The link expired while the window was hidden.',
    });
    const next = await t.ok<HandoffSession>('sessions:continue-refresh', { id: first.id });
    expect(next).toMatchObject({ status: 'active', cardId: first.id });
    expect(cardsOf(list())).toHaveLength(1);
  });

  it('pauses while the computer sleeps and refreshes on waking', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD - 60_000);
    t.desktop.power('suspend');
    await advance(90_000);
    expect(mints()).toHaveLength(1);
    expect(cardOf(first.id).newest.refresh).toMatchObject({
      phase: 'paused',
      reason: 'The computer is asleep.',
    });
    t.desktop.power('resume');
    await idle();
    expect(mints()).toHaveLength(2);
  });

  it('completed on the old link during the overlap: the card shows it, the new link dies at once', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD);
    const next = cardOf(first.id).newest;
    t.nango.completeSession(tokenOf(first.id), { connection_id: 'conn-1' });
    await advance(POLL_INTERVAL_MS, 1_000);
    await vi.waitFor(async () => {
      await idle();
      expect(await liveAtServer(tokenOf(next.id))).toBe(false);
    });
    const card = cardOf(first.id);
    expect(card.shown).toMatchObject({ id: first.id, status: 'completed' });
    expect(card.others).toEqual([]);
    expect(list().some((s) => s.status === 'active')).toBe(false);
    const entries = (await ledger()).entries;
    expect(entries.find((e) => e.id === first.id)?.outcome).toBe('connected');
    expect(entries.find((e) => e.id === next.id)?.outcome).toBe('superseded');
    // No further refresh for a card the customer used.
    await advance(LIFETIME);
    expect(mints()).toHaveLength(2);
    expect(t.desktop.notifications).toHaveLength(1);
  });

  it('keeps the current link when minting fails, says why, and retries on the back-off', async () => {
    const first = await create();
    await refreshOn(first.id);
    t.nango.setFault({ kind: 'status', status: 429 }, { path: '/connect/sessions', times: 1 });
    await advance(TO_LEAD);
    expect(mints()).toHaveLength(2);
    const failing = cardOf(first.id).newest;
    expect(failing.id).toBe(first.id);
    expect(failing.status).toBe('active');
    expect(await liveAtServer(tokenOf(first.id))).toBe(true);
    expect(failing.refresh).toMatchObject({ phase: 'retrying', attempts: 1 });
    expect(failing.refresh?.reason).toMatch(/rate limit/);
    // No burst: nothing reaches Nango before the back-off's next step (here the 429's pause).
    const retryIn = Date.parse(failing.refresh!.nextAt!) - t.clock.now();
    expect(retryIn).toBeGreaterThanOrEqual(5_000);
    await advance(retryIn - 1_000, 1_000);
    expect(mints()).toHaveLength(2);
    expect(cardOf(first.id).newest.id).toBe(first.id);
    await advance(1_000, 1_000);
    expect(mints()).toHaveLength(3);
    const fixed = cardOf(first.id).newest;
    expect(fixed.id).not.toBe(first.id);
    expect(fixed.refresh).toMatchObject({ phase: 'scheduled', count: 1 });
    expect(fixed.refresh?.attempts).toBeUndefined();
  });

  it('retries after a refused key and while offline, never faster than the back-off', async () => {
    const first = await create();
    await refreshOn(first.id);
    t.nango.setFault({ kind: 'status', status: 401 }, { path: '/connect/sessions', times: 1 });
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/sessions', times: 1 });
    await advance(TO_LEAD);
    expect(cardOf(first.id).newest.refresh?.reason).toBe('Nango refused the secret key (401).');
    await advance(5_000, 1_000);
    expect(mints()).toHaveLength(3);
    expect(cardOf(first.id).newest.refresh).toMatchObject({ phase: 'retrying', attempts: 2 });
    expect(cardOf(first.id).newest.id).toBe(first.id);
    await advance(15_000, 1_000);
    expect(cardOf(first.id).newest.id).not.toBe(first.id);
  });

  it('a mint that times out or is refused (403) keeps the link and retries; the ledger notes the unknown', async () => {
    const first = await create();
    await refreshOn(first.id);
    t.nango.setFault({ kind: 'slow', delayMs: 3_500 }, { path: '/connect/sessions', times: 1 });
    await advance(TO_LEAD);
    await vi.waitFor(() => expect(cardOf(first.id).newest.refresh?.attempts).toBe(1), {
      timeout: 6_000,
    });
    expect(cardOf(first.id).newest.refresh?.reason).toBe('Nango did not answer in time.');
    // No answer: Nango may have made that link, so the ledger keeps it, saying when it dies.
    const unknown = (await ledger()).entries.filter((e) => e.outcome === 'failed');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.note).toMatch(/If Nango created this link anyway, it stops working at/);
    t.nango.clearFaults();
    t.nango.setFault({ kind: 'status', status: 403 }, { path: '/connect/sessions', times: 1 });
    await advance(5_000, 1_000);
    expect(cardOf(first.id).newest.refresh).toMatchObject({
      phase: 'retrying',
      attempts: 2,
      reason: 'This key may not create connect sessions (403).',
    });
    expect(cardOf(first.id).newest.id).toBe(first.id);
    await advance(15_000, 1_000);
    expect(cardOf(first.id).newest.id).not.toBe(first.id);
  });

  it('after a restart mid-overlap: revokes the old link on time and makes no third', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD);
    const next = cardOf(first.id).newest;
    t.clock.advance(20_000);
    t = await t.restart();
    await t.ok('window:report-view', { visible: true });
    await idle();
    expect(cardOf(first.id).others.map((s) => s.id)).toEqual([first.id]);
    expect(await liveAtServer(tokenOf(first.id))).toBe(true);
    await advance(40_000, 10_000);
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
    expect(list().map((s) => s.id)).toEqual([next.id]);
    expect(mints()).toHaveLength(2);
    expect((await ledger()).entries.find((e) => e.id === first.id)?.outcome).toBe('superseded');
    // The card goes on refreshing after the restart.
    await advance(TO_LEAD - REFRESH_OVERLAP_MS);
    expect(mints()).toHaveLength(3);
  });

  it('after a restart past the overlap: the revoke is done at once, not lost', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD);
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session', method: 'DELETE' });
    await advance(REFRESH_OVERLAP_MS);
    expect(cardOf(first.id).others[0]?.revokePending).toBeDefined();
    t.nango.clearFaults();
    t = await t.restart();
    await idle();
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
    expect((await ledger()).entries.find((e) => e.id === first.id)?.outcome).toBe('superseded');
  });

  it('revoking the card revokes its previous link too', async () => {
    const first = await create();
    await refreshOn(first.id);
    await advance(TO_LEAD);
    const next = cardOf(first.id).newest;
    await t.ok('sessions:revoke', { id: next.id });
    await idle();
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
    expect(await liveAtServer(tokenOf(next.id))).toBe(false);
    expect(list().map((s) => [s.id, s.status])).toEqual([[next.id, 'revoked']]);
  });
});

describe('presenter view', () => {
  it('refreshes by default while the card is presented; turning it off there sticks', async () => {
    const first = await create();
    await t.ok('window:report-view', { visible: true, presentingId: first.id });
    expect(list()[0]?.refresh).toMatchObject({ on: true, phase: 'scheduled' });
    expect(list()[0]?.refresh?.choice).toBeUndefined();
    await advance(TO_LEAD);
    expect(mints()).toHaveLength(2);
    const next = cardOf(first.id).newest;
    // The renderer follows the card to its new session.
    await t.ok('window:report-view', { visible: true, presentingId: next.id });
    await t.ok('sessions:set-refresh', { id: next.id, enabled: false });
    expect(cardOf(first.id).newest.refresh).toMatchObject({ on: false, choice: 'off' });
    await advance(TO_LEAD);
    expect(mints()).toHaveLength(2);
  });

  it('stops refreshing when presenter view closes if the rep never chose', async () => {
    const first = await create();
    await t.ok('window:report-view', { visible: true, presentingId: first.id });
    await t.ok('window:report-view', { visible: true });
    expect(list()[0]?.refresh).toMatchObject({ on: false, phase: 'off' });
    await advance(LIFETIME);
    expect(mints()).toHaveLength(1);
  });
});

describe('a reconnect card', () => {
  it('refreshes with a new reconnect session for the same connection, keeping the old one for the overlap', async () => {
    t.nango.addConnection({
      connection_id: 'acme-gh',
      provider_config_key: 'github',
      tags: { end_user_id: 'acme' },
    });
    const saved = await t.ok<{ id: string }>('connections:save', {
      profileId,
      connectionId: 'acme-gh',
      integrationId: 'github',
      label: 'Acme',
      tags: { end_user_id: 'acme' },
      notes: '',
    });
    const first = await t.ok<HandoffSession>('sessions:reconnect', { savedConnectionId: saved.id });
    await refreshOn(first.id);
    await advance(TO_LEAD);
    const reconnects = t.nango.sessions().filter((s) => s.kind === 'reconnect');
    expect(reconnects).toHaveLength(2);
    expect(reconnects.map((s) => s.connectionId)).toEqual(['acme-gh', 'acme-gh']);
    expect(reconnects.every((s) => !s.revoked)).toBe(true);
    const next = cardOf(first.id).newest;
    expect(next).toMatchObject({ kind: 'reconnect', connectionId: 'acme-gh', label: 'Acme' });
    expect(next.tags).toMatchObject({ end_user_id: 'acme', handoff_id: next.id });
    await advance(REFRESH_OVERLAP_MS);
    expect(await liveAtServer(tokenOf(first.id))).toBe(false);
  });
});
