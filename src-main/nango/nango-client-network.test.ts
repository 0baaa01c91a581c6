import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NangoError } from './nango-error';
import { nangoBuckets } from './nango-buckets';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';

let kit: NangoTestKit;
beforeEach(async () => {
  kit = await startNangoTestKit();
});
afterEach(() => kit.close());

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('timeouts (real time)', () => {
  it('aborts a slow answer as timeout without marking the network offline', async () => {
    kit.nango.setFault({ kind: 'slow', delayMs: 1_500 }, { times: 1 });
    const client = kit.makeClient({ timeoutMs: 150 });
    const started = Date.now();
    const error = await rejectionOf(client.listIntegrations());
    expect(error).toBeInstanceOf(NangoError);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_200);
    expect(kit.monitor.status().online).toBe(true);
    const { account } = nangoBuckets(kit.nango.url, kit.key);
    expect(kit.scheduler.bucketState(account).inFlight).toBe(0);
  });

  it('does not time out an answer that comes within the limit', async () => {
    kit.nango.setFault({ kind: 'slow', delayMs: 50 }, { times: 1 });
    await expect(kit.makeClient({ timeoutMs: 2_000 }).listIntegrations()).resolves.toEqual([]);
  });
});

describe('offline', () => {
  it('maps a dropped socket to offline, and the next answer brings the app back online', async () => {
    kit.nango.setFault({ kind: 'drop' }, { times: 1 });
    const error = await rejectionOf(kit.client.listIntegrations());
    expect(error).toMatchObject({ kind: 'offline' });
    expect(kit.monitor.status()).toMatchObject({ online: false });
    await kit.client.listIntegrations();
    expect(kit.statuses.map((s) => s.online)).toEqual([false, true]);
  });

  it('maps a refused connection to offline with a reason naming the host', async () => {
    const port = await closedPort();
    const client = kit.makeClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await rejectionOf(client.createConnectSession({ tags: { handoff_id: 'h' } }));
    expect(error).toMatchObject({ kind: 'offline' });
    expect((error as Error).message).toContain(`127.0.0.1:${port} refused the connection`);
    expect(kit.monitor.status()).toMatchObject({
      online: false,
      reason: `127.0.0.1:${port} refused the connection.`,
    });
  });

  it('maps an unknown host to offline', async () => {
    const client = kit.makeClient({ baseUrl: 'http://handoff-test.invalid' });
    const error = await rejectionOf(client.listIntegrations());
    expect(error).toMatchObject({ kind: 'offline' });
    expect((error as Error).message).toMatch(/handoff-test\.invalid/);
  });

  it('passes errors that are not about the network through untouched', async () => {
    const locked = new Error('keychain locked');
    const client = kit.makeClient({ getSecretKey: () => Promise.reject(locked) });
    expect(await rejectionOf(client.listIntegrations())).toBe(locked);
    expect(kit.nango.requests).toEqual([]);
  });
});
