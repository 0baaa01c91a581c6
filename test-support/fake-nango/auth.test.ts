import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSessionToken,
  KEY,
  startTestServer,
  type TestServer,
  UNKNOWN_KEY,
} from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

describe('secret-key authentication', () => {
  it('401 missing_auth_header without Authorization, with an empty payload', async () => {
    const res = await call(t.nango, '/connections', { token: null });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('missing_auth_header');
    expect(typeof res.body.error.message).toBe('string');
    expect(res.body.error.payload).toEqual({});
  });

  it('treats "bearer" (lowercase) as a malformed key: Bearer is case-sensitive', async () => {
    const res = await call(t.nango, '/connections', {
      token: null,
      headers: { Authorization: `bearer ${KEY}` },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_secret_key_format');
  });

  it('401 invalid_secret_key_format for a non-UUID and for a UUID that is not v4', async () => {
    for (const token of ['not-a-key', '6f1c2a3e-4b5d-1e6f-8a7b-9c0d1e2f3a4b']) {
      const res = await call(t.nango, '/integrations', { token });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: 'invalid_secret_key_format', payload: {} });
    }
  });

  it('401 unknown_account for a well-formed key nobody registered, or a removed one', async () => {
    expect((await call(t.nango, '/integrations', { token: UNKNOWN_KEY })).body.error.code).toBe(
      'unknown_account',
    );
    t.nango.removeKey(KEY);
    expect((await call(t.nango, '/integrations')).body.error.code).toBe('unknown_account');
  });

  it('403 forbidden naming the missing scope, per endpoint', async () => {
    const scoped = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    t.nango.addKey(scoped, ['environment:connections:list']);
    const post = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      token: scoped,
      json: { tags: { a: 'b' } },
    });
    expect(post.status).toBe(403);
    expect(post.body).toEqual({
      error: {
        code: 'forbidden',
        message: 'Insufficient scope. Required: environment:connect_sessions:write',
      },
    });
    const reconnect = await call(t.nango, '/connect/sessions/reconnect', {
      method: 'POST',
      token: scoped,
      json: { connection_id: 'x', integration_id: 'github' },
    });
    expect(reconnect.status).toBe(403);
    // The list endpoints answer in the real server's second form: a choice of scopes.
    const integrations = await call(t.nango, '/integrations', { token: scoped });
    expect(integrations.body.error.message).toBe(
      'Insufficient scope. Required one of: environment:integrations:list or environment:integrations:list_credentials',
    );
    expect((await call(t.nango, '/connections', { token: scoped })).status).toBe(200);

    const writer = 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    t.nango.addKey(writer, ['environment:connect_sessions:write']);
    const list = await call(t.nango, '/connections', { token: writer });
    expect(list.body.error.message).toBe(
      'Insufficient scope. Required one of: environment:connections:list or environment:connections:list_credentials',
    );
  });

  it('accepts any one of the scopes a list endpoint names', async () => {
    const reader = 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    t.nango.addKey(reader, [
      'environment:integrations:list_credentials',
      'environment:connections:list_credentials',
    ]);
    expect((await call(t.nango, '/integrations', { token: reader })).status).toBe(200);
    expect((await call(t.nango, '/connections', { token: reader })).status).toBe(200);
  });

  it('refuses to register a key that is not a UUID v4', () => {
    expect(() => t.nango.addKey('abc')).toThrow(/UUID v4/);
  });
});

describe('session-token authentication', () => {
  it('401 invalid_connect_session_token_format when a secret key is sent', async () => {
    const res = await call(t.nango, '/connect/session', { token: KEY });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'invalid_connect_session_token_format',
      payload: {},
    });
  });

  it('401 missing_auth_header without a token', async () => {
    const res = await call(t.nango, '/connect/session', { method: 'DELETE', token: null });
    expect(res.body.error.code).toBe('missing_auth_header');
  });

  it('401 unknown_connect_session_token for a well-formed unknown token', async () => {
    const res = await call(t.nango, '/connect/session', {
      token: `nango_connect_session_${'ab'.repeat(32)}`,
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unknown_connect_session_token');
  });

  it('accepts the token a create returned', async () => {
    const token = await createSessionToken(t.nango, { tags: { handoff_id: 'h1' } });
    expect((await call(t.nango, '/connect/session', { token })).status).toBe(200);
  });
});

describe('request log', () => {
  it('records auth kind and never the credential', async () => {
    const token = await createSessionToken(t.nango, { tags: { handoff_id: 'h1' } });
    await call(t.nango, '/connect/session', { token });
    await call(t.nango, '/connections?limit=5', { token: null });
    expect(t.nango.requests.map((r) => [r.method, r.path, r.status, r.auth])).toEqual([
      ['POST', '/connect/sessions', 201, 'secret-key'],
      ['GET', '/connect/session', 200, 'session-token'],
      ['GET', '/connections', 401, 'none'],
    ]);
    expect(t.nango.requests[0]?.body).toEqual({ tags: { handoff_id: 'h1' } });
    expect(t.nango.requests[2]?.query).toEqual({ limit: '5' });
    const serialised = JSON.stringify(t.nango.requests);
    expect(serialised).not.toContain(KEY);
    expect(serialised).not.toContain(token);
    t.nango.clearRequests();
    expect(t.nango.requests).toHaveLength(0);
  });
});
