import { afterEach, describe, expect, it } from 'vitest';
import { nangoBuckets } from './nango-buckets';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';

let kit: NangoTestKit;
afterEach(() => kit.close());

describe('rate limits against the fake server', () => {
  it('turns a 429 into rate_limited and pauses the account bucket until Retry-After', async () => {
    kit = await startNangoTestKit({ fake: { rateLimit: { limit: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++) await kit.client.listIntegrations();
    const error = await rejectionOf(kit.client.listIntegrations());
    expect(error).toMatchObject({
      kind: 'rate_limited',
      details: { status: 429, code: 'too_many_request', retryAfterSeconds: 60 },
    });
    const { account } = nangoBuckets(kit.nango.url, kit.key);
    expect(kit.scheduler.bucketState(account)).toMatchObject({
      limit: 3,
      remaining: 0,
      pausedUntil: kit.clock.now() + 60_000,
    });

    // Paused: refused locally, the server sees nothing.
    kit.clock.advance(45_000);
    const sent = kit.nango.requests.length;
    const paused = await rejectionOf(
      kit.client.createConnectSession({ tags: { handoff_id: 'h' } }),
    );
    expect(paused).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 15 } });
    expect(kit.nango.requests.length).toBe(sent);

    kit.clock.advance(15_000);
    await expect(kit.client.listIntegrations()).resolves.toEqual([]);
  });

  it('keeps session-token calls out of the paused account bucket', async () => {
    kit = await startNangoTestKit({ fake: { rateLimit: { limit: 2, windowMs: 60_000 } } });
    const grant = await kit.client.createConnectSession({ tags: { handoff_id: 'h' } });
    await kit.client.listIntegrations();
    expect(await rejectionOf(kit.client.listIntegrations())).toMatchObject({
      kind: 'rate_limited',
    });
    await expect(
      kit.makeTokenClient().probe({ apiBaseUrl: kit.nango.url, token: grant.token }),
    ).resolves.toBe('live');
  });

  it('refuses background calls below the 25% reserve while interactive ones still go', async () => {
    kit = await startNangoTestKit({ fake: { rateLimit: { limit: 8, windowMs: 60_000 } } });
    for (let i = 0; i < 6; i++) await kit.client.listConnections({}, 'background');
    // Remaining 2 = the reserve: one more background call may go, then it is below.
    await kit.client.listConnections({}, 'background');
    const sent = kit.nango.requests.length;
    const refused = await rejectionOf(kit.client.listConnections({}, 'background'));
    expect(refused).toMatchObject({ kind: 'rate_limited' });
    expect((refused as Error).message).toMatch(/Background checks are on hold/);
    expect(kit.nango.requests.length).toBe(sent);
    // The reserve is there for this: the rep's own click uses the last request of the window.
    await expect(kit.client.listIntegrations('interactive')).resolves.toEqual([]);

    // A new window: background polling resumes.
    kit.clock.advance(60_000);
    await expect(kit.client.listConnections({}, 'background')).resolves.toEqual([]);
  });
});
