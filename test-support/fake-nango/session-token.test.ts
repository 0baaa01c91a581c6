import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createSessionToken, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

describe('GET /connect/session', () => {
  it('returns endUser null, UI settings, and omits empty optional members', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' }, allowed_integrations: [] });
    const res = await call(t.nango, '/connect/session', { token });
    expect(res.status).toBe(200);
    expect(res.body.data.endUser).toBeNull();
    expect(res.body.data.connectUISettings).toBeTypeOf('object');
    for (const key of [
      'allowed_integrations',
      'integrations_config_defaults',
      'overrides',
      'isReconnecting',
    ]) {
      expect(res.body.data).not.toHaveProperty(key);
    }
  });

  it('shows the end user, allowed integrations and config defaults', async () => {
    const token = await createSessionToken(t.nango, {
      end_user: { id: 'u1', email: 'dana@acme.test' },
      allowed_integrations: ['github'],
      integrations_config_defaults: {
        github: { connection_config: { oauth_scopes_override: 'repo' } },
      },
    });
    const { data } = (await call(t.nango, '/connect/session', { token })).body;
    expect(data.endUser).toMatchObject({ id: 'u1', email: 'dana@acme.test', display_name: null });
    expect(data.allowed_integrations).toEqual(['github']);
    expect(data.integrations_config_defaults.github.connection_config).toEqual({
      oauth_scopes_override: 'repo',
    });
  });
});

describe('session lifetime', () => {
  it('DELETE answers 204 with an empty body, then the token is unknown', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    const del = await call(t.nango, '/connect/session', { method: 'DELETE', token });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    for (const method of ['GET', 'DELETE']) {
      const again = await call(t.nango, '/connect/session', { method, token });
      expect(again.status).toBe(401);
      expect(again.body.error.code).toBe('unknown_connect_session_token');
    }
    expect(t.nango.sessions()[0]?.revoked).toBe(true);
    expect(() => t.nango.completeSession(token)).toThrow();
  });

  it('expires after exactly 30 minutes of the injected clock', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    t.clock.advance(30 * 60_000 - 1);
    expect((await call(t.nango, '/connect/session', { token })).status).toBe(200);
    t.clock.advance(1);
    const res = await call(t.nango, '/connect/session', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unknown_connect_session_token');
    expect(t.nango.sessions()[0]?.expired).toBe(true);
    expect(() => t.nango.completeSession(token)).toThrow(/expired/);
  });

  it('keeps answering 200 after completion: there is no session counter', async () => {
    const token = await createSessionToken(t.nango, { tags: { handoff_id: 'h1' } });
    t.nango.completeSession(token, { connection_id: 'c1' });
    expect((await call(t.nango, '/connect/session', { token })).status).toBe(200);
    t.nango.completeSession(token, { connection_id: 'c2' });
    expect(t.nango.connections().map((c) => c.connection_id)).toEqual(['c1', 'c2']);
    expect(t.nango.sessions()[0]?.completions).toEqual(['c1', 'c2']);
  });
});
