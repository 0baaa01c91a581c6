import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, TEST_KEY, type TestApp } from '../app/app-test-kit';

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
});
afterEach(() => t.close());

const create = (
  tags: Record<string, string> = { end_user_id: 'u-42', end_user_email: 'ada@example.com' },
  allowedIntegrations: string[] = ['github'],
) => t.call('sessions:create', { profileId, tags, allowedIntegrations });

describe('creating a handoff session', () => {
  it('creates a session at Nango with the tags plus a unique handoff_id, and a vetted link', async () => {
    const result = await create();
    expect(result.ok).toBe(true);
    const session = (result as { data: HandoffSession }).data;
    const [server] = t.nango.sessions();
    expect(server?.tags).toEqual({
      end_user_id: 'u-42',
      end_user_email: 'ada@example.com',
      handoff_id: session.id,
      handoff_install: expect.any(String),
    });
    expect(server?.allowedIntegrations).toEqual(['github']);
    // Self-hosted (loopback) API: the link tells the phone which server to talk to.
    const link = new URL(session.connectLink);
    expect(link.origin).toBe('https://connect.nango.dev');
    expect(link.searchParams.get('session_token')).toBe(server?.token);
    expect(link.searchParams.get('apiURL')).toBe(t.nango.url);
    expect(session).toMatchObject({
      status: 'active',
      label: 'ada@example.com',
      expiresAt: server?.expiresAt,
    });
    expect(Date.parse(session.expiresAt) - t.clock.now()).toBe(30 * 60_000);
    expect(t.events.some((e) => e.event === 'sessions:changed')).toBe(true);
  });

  it('refuses bad tags with field errors before sending anything', async () => {
    t.nango.clearRequests();
    const result = await create({ end_user_id: 'u', '9bad': 'x', end_user_email: 'not-an-email' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const fields = !result.ok ? (result.error.fields ?? []) : [];
    expect(fields.map((f) => f.path.join('.'))).toEqual(
      expect.arrayContaining(['tags.9bad', 'tags.end_user_email']),
    );
    expect(t.nango.requests).toHaveLength(0);
  });

  it('counts handoff_id and handoff_install toward the 10-tag limit (the server would answer 500)', async () => {
    const tags = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v']));
    const result = await create(tags);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.nango.sessions()).toHaveLength(0);
  });

  it('reports an unknown integration at its path', async () => {
    const result = await create(undefined, ['github', 'nope']);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: ['allowed_integrations', '1'] }] },
    });
  });

  it('rejects malformed payloads without calling Nango', async () => {
    t.nango.clearRequests();
    for (const bad of [
      null,
      'x',
      { profileId },
      { profileId, tags: [], allowedIntegrations: [] },
      { profileId, tags: {}, allowedIntegrations: [], extra: 1 },
    ]) {
      expect(await t.call('sessions:create', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
    expect(t.nango.requests).toHaveLength(0);
  });
});

describe('key and network failures', () => {
  it('maps a rejected key to invalid_key and marks the profile’s key invalid', async () => {
    await t.ok('key:set', { profileId, secretKey: '11111111-2222-4333-8444-555555555555' });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'invalid_key' } });
    const state = await t.ok<{ profiles: { profiles: { key: { status: string } }[] } }>(
      'app:snapshot',
      {},
    );
    expect(state.profiles.profiles[0]?.key.status).toBe('invalid');
    // Replacing the key clears it.
    await t.ok('key:set', { profileId, secretKey: TEST_KEY });
    expect((await create()).ok).toBe(true);
  });

  it('says the key is missing when none is stored', async () => {
    await t.ok('key:delete', { profileId });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'key_missing' } });
  });

  it('answers 429 with rate_limited and a retry time, then pauses without hitting the server', async () => {
    t.nango.setRateLimit({ limit: 1, windowMs: 60_000 });
    const first = (await create()) as { ok: true; data: HandoffSession };
    expect(first.ok).toBe(true);
    const limited = await create();
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(!limited.ok && limited.error.retryAfterSeconds).toBeGreaterThan(0);
    const before = t.nango.requests.length;
    expect(await create()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(t.nango.requests.length).toBe(before);
    // Revoking counts in the session-token bucket; with no live link, no poll uses the window.
    await t.ok('sessions:revoke', { id: first.data.id });
    t.clock.advance(61_000);
    expect((await create()).ok).toBe(true);
  });

  it('goes offline when the server drops the connection, keeps the key, and recovers', async () => {
    t.nango.setFault({ kind: 'drop' }, { times: 1 });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(t.events.filter((e) => e.event === 'network:changed').at(-1)?.payload).toMatchObject({
      online: false,
    });
    const retried = await t.ok<{ online: boolean }>('network:retry', {});
    expect(retried.online).toBe(true);
    expect((await create()).ok).toBe(true);
  });

  it('times out a slow server with a clear error', async () => {
    t.nango.setFault({ kind: 'slow', delayMs: 4_000 }, { times: 1 });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('maps a 5xx to server_error and loses nothing', async () => {
    t.nango.setFault({ kind: 'status', status: 503 }, { times: 1 });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'server_error' } });
    const state = await t.ok<{
      sessions: unknown[];
      profiles: { profiles: { key: { status: string } }[] };
    }>('app:snapshot', {});
    expect(state.sessions).toEqual([]);
    expect(state.profiles.profiles[0]?.key.status).toBe('ok');
    expect((await create()).ok).toBe(true);
  });
});

describe('revoking, expiry and link actions', () => {
  it('revokes at Nango: the token then answers 401 unknown_connect_session_token', async () => {
    const session = (await create()) as { data: HandoffSession };
    const revoked = await t.ok<HandoffSession>('sessions:revoke', { id: session.data.id });
    expect(revoked.status).toBe('revoked');
    const token = t.nango.sessions()[0]!.token;
    const res = await fetch(`${t.nango.url}/connect/session`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unknown_connect_session_token' } });
    expect(await t.call('sessions:revoke', { id: session.data.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('expires at expires_at on the clock, refusing revoke and copy; dismiss removes it', async () => {
    const { data } = (await create()) as { data: HandoffSession };
    t.clock.advance(29 * 60_000);
    expect(
      (await t.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions[0]?.status,
    ).toBe('active');
    t.clock.advance(60_000);
    expect(
      (await t.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions[0]?.status,
    ).toBe('expired');
    expect(await t.call('sessions:revoke', { id: data.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await t.call('sessions:copy-link', { id: data.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await t.ok('sessions:dismiss', { id: data.id })).toEqual([]);
  });

  it('marks revoked when Nango already forgot the token (expired server-side)', async () => {
    const { data } = (await create()) as { data: HandoffSession };
    const token = t.nango.sessions()[0]!.token;
    await fetch(`${t.nango.url}/connect/session`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect((await t.ok<HandoffSession>('sessions:revoke', { id: data.id })).status).toBe('revoked');
  });

  it('queues a revoke that fails offline: revoke pending, then revoked once Nango answers', async () => {
    const { data } = (await create()) as { data: HandoffSession };
    t.nango.setFault({ kind: 'drop' }, { times: 1 });
    const pending = await t.ok<HandoffSession>('sessions:revoke', { id: data.id });
    expect(pending).toMatchObject({ status: 'active', revokePending: { attempts: 1 } });
    expect(t.nango.sessions()[0]?.revoked).toBe(false);
    // The retry runs on its back-off timer.
    t.clock.advance(5_000);
    await vi.waitFor(() => expect(t.nango.sessions()[0]?.revoked).toBe(true));
    await vi.waitFor(async () =>
      expect(
        (await t.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions[0],
      ).toMatchObject({
        status: 'revoked',
      }),
    );
  });

  it('copies and opens by id; main looks up the link', async () => {
    const { data } = (await create()) as { data: HandoffSession };
    await t.ok('sessions:copy-link', { id: data.id });
    expect(t.desktop.clipboard).toBe(data.connectLink);
    await t.ok('sessions:open-link', { id: data.id });
    expect(t.desktop.opened).toEqual([data.connectLink]);
  });
});

describe('the secret key never leaves main', () => {
  it('is in no IPC result, no event and no settings file', async () => {
    const results = [
      await t.call('app:snapshot', {}),
      await t.call('key:test', { profileId }),
      await create(),
      await t.call('integrations:list', { profileId }),
    ];
    const everything = JSON.stringify({ results, events: t.events }) + t.diskText();
    expect(everything).not.toContain(TEST_KEY);
    expect(everything).toContain('connect.nango.dev');
  });
});
