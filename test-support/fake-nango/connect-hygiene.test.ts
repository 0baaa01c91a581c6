import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createSessionToken, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

describe('/connect/* request hygiene', () => {
  it('415 invalid_content_type for a non-JSON Content-Type', async () => {
    const res = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      body: 'tags=a',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('invalid_content_type');
  });

  it('accepts JSON with a charset parameter', async () => {
    const res = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      body: JSON.stringify({ tags: { a: 'b' } }),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(201);
  });

  it('no Content-Type on POST leaves the body unparsed: invalid_body at path []', async () => {
    // A Uint8Array body makes fetch send no Content-Type at all.
    const body = new TextEncoder().encode(JSON.stringify({ tags: { a: 'b' } }));
    const res = await fetch(`${t.nango.url}/connect/sessions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer 6f1c2a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b' },
      body,
    });
    const json = (await res.json()) as { error: { code: string; errors: { path: string[] }[] } };
    expect(res.status).toBe(400);
    expect(json.error.code).toBe('invalid_body');
    expect(json.error.errors.map((e) => e.path)).toEqual([[]]);
  });

  it('400 invalid_json for malformed JSON', async () => {
    const res = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      body: '{"tags": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('400 invalid_query_params for any query string', async () => {
    const res = await call(t.nango, '/connect/sessions?debug=1', {
      method: 'POST',
      json: { tags: { a: 'b' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_query_params');
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    const get = await call(t.nango, '/connect/session?x=y', { token });
    expect(get.body.error.code).toBe('invalid_query_params');
  });

  it('400 invalid_body for a body on GET or DELETE; an empty JSON object is fine', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    const del = await call(t.nango, '/connect/session', {
      method: 'DELETE',
      token,
      json: { a: 1 },
    });
    expect(del.status).toBe(400);
    expect(del.body.error.code).toBe('invalid_body');
    expect(
      (await call(t.nango, '/connect/session', { method: 'DELETE', token, json: {} })).status,
    ).toBe(204);
  });

  it('404 for unknown routes', async () => {
    expect((await call(t.nango, '/connect/nothing')).status).toBe(404);
  });
});
