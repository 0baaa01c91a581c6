/**
 * Sessions that survive a restart, revokes that are never lost, and what happens when the
 * keychain or the disk says no: the whole app against the fake Nango server, restarted on the
 * same data folder and keychain.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppSnapshot } from '../../src-shared/contract/channels';
import type { LedgerState } from '../../src-shared/models/ledger';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import { EncryptedStore } from '../store/encrypted-store';

let t: TestApp;
let secrets: MemorySecretStore;
let profileId: string;
beforeEach(async () => {
  secrets = new MemorySecretStore();
  t = await startTestApp({ secrets });
  profileId = await addProfile(t);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

const create = async (id = 'u-1') =>
  t.ok<HandoffSession>('sessions:create', {
    profileId,
    tags: { end_user_id: id },
    allowedIntegrations: ['github'],
  });
const snapshot = () => t.ok<AppSnapshot>('app:snapshot', {});
const card = async (id: string) => (await snapshot()).sessions.find((s) => s.id === id);
const ledger = () => t.ok<LedgerState>('ledger:list', {});
const tokenOf = (id: string) =>
  t.nango.sessions().find((s) => s.tags?.['handoff_id'] === id)!.token;

describe('sessions that survive a restart', () => {
  it('restores live cards with their real remaining time, revocable, and no token on disk in clear', async () => {
    const a = await create('u-a');
    t.clock.advance(10 * 60_000);
    const b = await create('u-b');
    const token = tokenOf(a.id);
    expect(t.diskText()).not.toContain(token);
    expect(t.diskText()).not.toContain('nango_connect_session_');

    t = await t.restart();
    const restored = (await snapshot()).sessions;
    expect(restored.map((s) => [s.id, s.status, s.verification])).toEqual([
      [b.id, 'active', undefined],
      [a.id, 'active', undefined],
    ]);
    expect(Date.parse(restored[1]!.expiresAt) - t.clock.now()).toBe(20 * 60_000);
    // Checked with Nango by the session token, in the session-token bucket.
    expect(
      t.nango.requests.filter((r) => r.path === '/connect/session' && r.method === 'GET'),
    ).toHaveLength(2);

    expect((await t.ok<HandoffSession>('sessions:revoke', { id: a.id })).status).toBe('revoked');
    expect(t.nango.sessions().find((s) => s.token === token)?.revoked).toBe(true);
    // Expiry timers are back too.
    t.clock.advance(30 * 60_000);
    expect((await card(b.id))?.status).toBe('expired');
  });

  it('marks a restored link ended when Nango no longer knows it, or when it ran out meanwhile', async () => {
    const gone = await create('u-gone');
    const late = await create('u-late');
    await fetch(`${t.nango.url}/connect/session`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${tokenOf(gone.id)}` },
    });
    t = await t.restart();
    expect((await card(gone.id))?.status).toBe('revoked');
    t.clock.advance(31 * 60_000);
    t = await t.restart();
    expect((await card(late.id))?.status).toBe('expired');
    const entries = (await ledger()).entries;
    expect(entries.find((e) => e.id === gone.id)).toMatchObject({ outcome: 'revoked' });
    expect(entries.find((e) => e.id === late.id)).toMatchObject({ outcome: 'expired' });
  });

  it('shows restored links as unverified while offline, and checks them when the network is back', async () => {
    const s = await create();
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
    t = await t.restart();
    await vi.waitFor(async () => expect((await card(s.id))?.verification).toBe('unverified'));
    t.nango.clearFaults();
    await t.ok('network:retry', {});
    await vi.waitFor(async () => expect((await card(s.id))?.verification).toBeUndefined());
    expect((await card(s.id))?.status).toBe('active');
  });
});

describe('revokes that are never lost', () => {
  it('keeps a queued revoke across a restart and lands it at the issuing server', async () => {
    const s = await create();
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
    const pending = await t.ok<HandoffSession>('sessions:revoke', { id: s.id });
    expect(pending.revokePending).toMatchObject({
      attempts: 1,
      reason: expect.stringMatching(/offline/),
    });
    // Cannot be copied, shown or dismissed while pending.
    expect(await t.call('sessions:copy-link', { id: s.id })).toMatchObject({ ok: false });
    expect(await t.call('sessions:dismiss', { id: s.id })).toMatchObject({ ok: false });

    // The restart retries at once (still offline: attempt 2), then backs off.
    t = await t.restart();
    expect((await card(s.id))?.revokePending).toMatchObject({ attempts: 2 });
    t.nango.clearFaults();
    t.clock.advance(15_000);
    await vi.waitFor(() => expect(t.nango.sessions()[0]?.revoked).toBe(true));
    await vi.waitFor(async () => expect((await card(s.id))?.status).toBe('revoked'));
    expect((await card(s.id))?.revokePending).toBeUndefined();
    expect((await ledger()).entries[0]).toMatchObject({ outcome: 'revoked' });
  });

  it.each([
    ['a 5xx', { kind: 'status', status: 503 } as const, /server error/],
    ['a 429', { kind: 'status', status: 429 } as const, /rate limit/],
    ['a timeout', { kind: 'slow', delayMs: 3_500 } as const, /in time/],
  ])('queues after %s and retries with back-off', async (_name, fault, reason) => {
    const s = await create();
    t.nango.setFault(fault, { path: '/connect/session', method: 'DELETE', times: 1 });
    const pending = await t.ok<HandoffSession>('sessions:revoke', { id: s.id });
    expect(pending.revokePending?.reason).toMatch(reason);
    t.clock.advance(60_000);
    await vi.waitFor(() => expect(t.nango.sessions()[0]?.revoked).toBe(true), { timeout: 8_000 });
  });

  it('gives up once the link has expired (dead either way)', async () => {
    const s = await create();
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
    await t.ok('sessions:revoke', { id: s.id });
    t.clock.advance(30 * 60_000);
    await vi.waitFor(async () => expect((await card(s.id))?.status).toBe('expired'));
    expect((await card(s.id))?.revokePending).toBeUndefined();
  });

  it('revokes all live links of every profile, with a summary of revoked and queued', async () => {
    const other = await addProfile(t);
    await create('u-1');
    await create('u-2');
    await t.ok('sessions:create', {
      profileId: other,
      tags: { end_user_id: 'u-3' },
      allowedIntegrations: [],
    });
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session', times: 1 });
    const summary = await t.ok('sessions:revoke-all', {});
    expect(summary).toEqual({ revoked: 2, queued: 1 });
    // The next answer from Nango proves the network is back: the queued one follows at once.
    await vi.waitFor(() => expect(t.nango.sessions().filter((s) => s.revoked)).toHaveLength(3));
  });
});

describe('quitting with live links', () => {
  it('asks; revoke-and-quit revokes everything first, keep leaves them for the next start', async () => {
    await create();
    t.desktop.quitAnswer = 'cancel';
    expect(await t.app.beforeQuit()).toMatchObject({ quit: false });
    expect(t.desktop.quitPrompts).toEqual([{ liveLinks: 1 }]);
    t.desktop.quitAnswer = 'keep-and-quit';
    expect(await t.app.beforeQuit()).toMatchObject({ quit: true });
    expect(t.nango.sessions()[0]?.revoked).toBe(false);
    t.desktop.quitAnswer = 'revoke-and-quit';
    expect(await t.app.beforeQuit()).toMatchObject({
      quit: true,
      revoked: { revoked: 1, queued: 0 },
    });
    expect(t.nango.sessions()[0]?.revoked).toBe(true);
    expect(await t.app.beforeQuit()).toEqual({ quit: true, choice: 'no-live-links' });
  });
});

describe('faults at start-up and on disk', () => {
  it('keychain locked at start: saved links are locked (never plaintext), creates refused, unlock restores', async () => {
    const s = await create();
    secrets.setFault('locked');
    t = await t.restart();
    const snap = await snapshot();
    expect(snap.sessionStore).toMatchObject({
      status: 'locked',
      message: expect.stringMatching(/locked/),
    });
    expect(snap.sessions).toEqual([]);
    t.nango.clearRequests();
    expect(
      await t.call('sessions:create', {
        profileId,
        tags: { end_user_id: 'x' },
        allowedIntegrations: [],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'keychain_locked' },
    });
    expect(t.nango.requests).toHaveLength(0);
    expect(await t.ok('sessions:unlock', {})).toMatchObject({ status: 'locked' });
    secrets.setFault(null);
    expect(await t.ok('sessions:unlock', {})).toEqual({ status: 'ready' });
    expect((await snapshot()).sessions.map((v) => v.id)).toEqual([s.id]);
  });

  it('a corrupt session store is moved aside with a notice; start-up goes on and the ledger survives', async () => {
    const s = await create();
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(join(t.dir, 'sessions.sealed'), '{"format":"handoff-sealed","v":1,"garbage');
    t = await t.restart();
    const snap = await snapshot();
    expect(snap.sessionStore).toEqual({ status: 'ready' });
    expect(snap.sessions).toEqual([]);
    expect(snap.notices.map((n) => n.message).join(' ')).toMatch(/damaged.*kept at/);
    const entry = (await ledger()).entries.find((e) => e.id === s.id);
    expect(entry).toMatchObject({
      outcome: 'failed',
      note: expect.stringMatching(/could not be opened/),
    });
  });

  it('a save that fails after Nango made the link revokes the link at once and says so', async () => {
    vi.spyOn(EncryptedStore.prototype, 'write').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const result = await t.call('sessions:create', {
      profileId,
      tags: { end_user_id: 'x' },
      allowedIntegrations: [],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/revoked it/) },
    });
    expect(t.nango.sessions()[0]?.revoked).toBe(true);
    expect((await snapshot()).sessions).toEqual([]);
    expect((await ledger()).entries[0]).toMatchObject({ outcome: 'failed' });
  });

  it('a crash between "created at Nango" and "saved locally" leaves a ledger entry saying when the link dies', async () => {
    // The ledger entry is written before Nango is asked; the crash comes before the save.
    t.app.ledger.open({
      id: 'lost-1',
      kind: 'connect',
      profileId,
      profileName: 'Production',
      label: 'u-lost',
      tags: { end_user_id: 'u-lost' },
      integrations: [],
      createdAt: new Date(t.clock.now()).toISOString(),
      expiresAt: new Date(t.clock.now() + 30 * 60_000).toISOString(),
    });
    t = await t.restart();
    expect((await ledger()).entries[0]).toMatchObject({
      id: 'lost-1',
      outcome: 'failed',
      note: expect.stringMatching(/stopped before it could save.*stops working at/),
    });
  });
});
