import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
  t.nango.addConnection({
    connection_id: 'acme',
    provider_config_key: 'github',
    tags: { Handoff_ID: 'h1', organization_id: 'acme' },
    errors: [{ type: 'auth' }],
  });
});
afterEach(async () => {
  await t.nango.close();
});

const reconnect = (json: unknown) =>
  call(t.nango, '/connect/sessions/reconnect', { method: 'POST', json });

describe('POST /connect/sessions/reconnect', () => {
  it('201 with the same shape as a connect session, and GET shows isReconnecting', async () => {
    const res = await reconnect({ connection_id: 'acme', integration_id: 'github' });
    expect(res.status).toBe(201);
    const { token, connect_link, expires_at } = res.body.data;
    expect(token).toMatch(/^nango_connect_session_[a-f0-9]{64}$/);
    expect(connect_link).toContain(token);
    expect(expires_at).toBe(new Date(t.clock.now() + 30 * 60_000).toISOString());
    const session = await call(t.nango, '/connect/session', { token });
    expect(session.body.data.isReconnecting).toBe(true);
    expect(session.body.data.allowed_integrations).toEqual(['github']);
    expect(t.nango.sessions()[0]).toMatchObject({ kind: 'reconnect', connectionId: 'acme' });
  });

  it('400 without an errors array for an unknown or mismatched connection', async () => {
    for (const body of [
      { connection_id: 'nope', integration_id: 'github' },
      { connection_id: 'acme', integration_id: 'slack' },
    ]) {
      const res = await reconnect(body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'invalid_body', message: 'ConnectionID or IntegrationId does not exists' },
      });
    }
  });

  it('requires connection_id and integration_id and refuses allowed_integrations', async () => {
    const missing = await reconnect({});
    expect(missing.body.error.errors.map((e: { path: string[] }) => e.path)).toEqual([
      ['connection_id'],
      ['integration_id'],
    ]);
    const extra = await reconnect({
      connection_id: 'acme',
      integration_id: 'github',
      allowed_integrations: ['github'],
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.errors[0].code).toBe('unrecognized_keys');
  });

  it('validates tags like a connect session', async () => {
    const res = await reconnect({
      connection_id: 'acme',
      integration_id: 'github',
      tags: { '9x': 'v' },
    });
    expect(res.body.error.errors).toEqual([
      { code: 'invalid_key', message: 'Invalid key in record', path: ['tags', '9x'] },
    ]);
  });
});

describe('completing a reconnect', () => {
  it('clears the errors and replaces the tags with the session tags', async () => {
    const res = await reconnect({
      connection_id: 'acme',
      integration_id: 'github',
      tags: { handoff_id: 'h2', Organization_Id: 'acme' },
    });
    const repaired = t.nango.completeSession(res.body.data.token);
    expect(repaired.errors).toEqual([]);
    expect(repaired.tags).toEqual({ handoff_id: 'h2', organization_id: 'acme' });
    expect(t.nango.connections()).toHaveLength(1);
  });

  it('wipes the tags when the reconnect was sent without tags (reproduced pitfall)', async () => {
    const res = await reconnect({ connection_id: 'acme', integration_id: 'github' });
    t.nango.completeSession(res.body.data.token);
    expect(t.nango.connections()[0]?.tags).toEqual({});
    expect(t.nango.connections()[0]?.errors).toEqual([]);
  });
});
