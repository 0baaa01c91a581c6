import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSessionToken,
  startTestServer,
  type TestServer,
  UNKNOWN_KEY,
} from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ rateLimit: { limit: 3, windowMs: 10_000 } });
});
afterEach(async () => {
  await t.nango.close();
});

const resetAt = (ms: number) => String(Math.ceil(ms / 1000));

describe('rate limit', () => {
  it('defaults to 200 per 60 s', async () => {
    const other = await startTestServer();
    try {
      const res = await call(other.nango, '/integrations');
      expect(res.headers.get('x-ratelimit-limit')).toBe('200');
      expect(res.headers.get('x-ratelimit-remaining')).toBe('199');
      expect(res.headers.get('x-ratelimit-reset')).toBe(resetAt(other.clock.now() + 60_000));
    } finally {
      await other.nango.close();
    }
  });

  it('counts every secret-key request in one bucket and answers 429 with Retry-After', async () => {
    const start = t.clock.now();
    const scoped = 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    t.nango.addKey(scoped, ['environment:connections:list']);
    expect((await call(t.nango, '/integrations')).headers.get('x-ratelimit-remaining')).toBe('2');
    // A second key of the same account shares the bucket.
    expect(
      (await call(t.nango, '/connections', { token: scoped })).headers.get('x-ratelimit-remaining'),
    ).toBe('1');
    t.clock.advance(4_000);
    const third = await call(t.nango, '/connections');
    expect(third.status).toBe(200);
    expect(third.headers.get('x-ratelimit-remaining')).toBe('0');
    const over = await call(t.nango, '/connect/sessions', {
      method: 'POST',
      json: { tags: { a: 'b' } },
    });
    expect(over.status).toBe(429);
    expect(over.body).toEqual({
      error: { code: 'too_many_request', method: 'POST', path: '/connect/sessions' },
    });
    expect(over.headers.get('retry-after')).toBe('6');
    expect(over.headers.get('x-ratelimit-reset')).toBe(resetAt(start + 10_000));
    t.clock.advance(6_000);
    const fresh = await call(t.nango, '/integrations');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('does not count requests that fail authentication, but still sends the headers', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await call(t.nango, '/integrations', { token: UNKNOWN_KEY });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-ratelimit-remaining')).toBe('3');
      expect(res.headers.get('x-ratelimit-limit')).toBe('3');
    }
    expect((await call(t.nango, '/integrations')).status).toBe(200);
  });

  it('keeps session-token calls in a separate bucket', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    await call(t.nango, '/integrations');
    await call(t.nango, '/integrations');
    expect((await call(t.nango, '/integrations')).status).toBe(429);
    const get = await call(t.nango, '/connect/session', { token });
    expect(get.status).toBe(200);
    expect(get.headers.get('x-ratelimit-remaining')).toBe('2');
    await call(t.nango, '/connect/session', { token });
    await call(t.nango, '/connect/session', { token });
    expect((await call(t.nango, '/connect/session', { token })).status).toBe(429);
  });

  it('setRateLimit changes the limit and starts a fresh window', async () => {
    for (let i = 0; i < 3; i++) await call(t.nango, '/integrations');
    expect((await call(t.nango, '/integrations')).status).toBe(429);
    t.nango.setRateLimit({ limit: 1, windowMs: 1000 });
    expect((await call(t.nango, '/integrations')).status).toBe(200);
    const over = await call(t.nango, '/integrations');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('1');
  });
});
