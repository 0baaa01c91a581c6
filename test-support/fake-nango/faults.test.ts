import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeNango } from './fake-nango';
import { call, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

describe('faults', () => {
  it('slow: waits real time, then answers normally', async () => {
    t.nango.setFault({ kind: 'slow', delayMs: 150 }, { path: '/integrations' });
    const started = performance.now();
    const res = await call(t.nango, '/integrations');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    const quick = performance.now();
    await call(t.nango, '/connections');
    expect(performance.now() - quick).toBeLessThan(140);
  });

  it('slow requests can be abandoned by a client timeout', async () => {
    t.nango.setFault({ kind: 'slow', delayMs: 2_000 });
    await expect(
      fetch(`${t.nango.url}/integrations`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
  });

  it('status: answers the given 5xx with a server_error body and the rate headers', async () => {
    t.nango.setFault({ kind: 'status', status: 503 });
    const res = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      json: { tags: { a: 'b' } },
    });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('server_error');
    expect(typeof res.body.error.message).toBe('string');
    expect(res.headers.get('x-ratelimit-limit')).toBe('200');
    expect(t.nango.sessions()).toHaveLength(0);
  });

  it('drop: destroys the socket without an answer, and is logged with status 0', async () => {
    t.nango.setFault({ kind: 'drop' }, { method: 'get', path: '/connections' });
    await expect(fetch(`${t.nango.url}/connections`)).rejects.toThrow();
    expect((await call(t.nango, '/integrations')).status).toBe(200);
    expect(t.nango.requests.map((r) => [r.path, r.status])).toEqual([
      ['/connections', 0],
      ['/integrations', 200],
    ]);
  });

  it('times limits how many requests are affected; method and path must match', async () => {
    t.nango.setFault({ kind: 'status', status: 500 }, { method: 'POST', times: 2 });
    expect((await call(t.nango, '/integrations')).status).toBe(200);
    const post = () =>
      call(t.nango, '/connect/sessions', { method: 'POST', json: { tags: { a: 'b' } } });
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(201);
  });

  it('a path pattern matches, and clearFaults removes every fault', async () => {
    t.nango.setFault({ kind: 'status', status: 502 }, { path: /^\/connect\// });
    expect(
      (await call(t.nango, '/connect/sessions', { method: 'POST', json: { tags: { a: 'b' } } }))
        .status,
    ).toBe(502);
    t.nango.clearFaults();
    expect(
      (await call(t.nango, '/connect/sessions', { method: 'POST', json: { tags: { a: 'b' } } }))
        .status,
    ).toBe(201);
  });

  it('slow and status combine into a slow failure', async () => {
    t.nango.setFault({ kind: 'slow', delayMs: 100 }, { times: 1 });
    t.nango.setFault({ kind: 'status', status: 504 }, { times: 1 });
    const started = performance.now();
    expect((await call(t.nango, '/integrations')).status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect((await call(t.nango, '/integrations')).status).toBe(200);
  });
});

describe('close', () => {
  it('closes promptly despite idle keep-alive sockets and pending slow replies', async () => {
    const nango = await startFakeNango();
    nango.addKey('6f1c2a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b');
    await call(nango, '/integrations'); // leaves a keep-alive socket open
    nango.setFault({ kind: 'slow', delayMs: 30_000 });
    const pending = fetch(`${nango.url}/integrations`).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    await nango.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBe('aborted');
    await expect(fetch(`${nango.url}/integrations`)).rejects.toThrow();
  });

  it('binds to loopback on a random port by default', async () => {
    expect(t.nango.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.nango.port).toBeGreaterThan(0);
  });
});
