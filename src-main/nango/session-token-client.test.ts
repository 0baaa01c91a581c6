import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionTokenBucket } from './nango-buckets';
import { NangoError } from './nango-error';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';
import { createSessionTokenClient, type SessionTokenClient } from './session-token-client';

let kit: NangoTestKit;
let tokens: SessionTokenClient;
beforeEach(async () => {
  kit = await startNangoTestKit();
  tokens = createSessionTokenClient({
    fetch: (input, init) => fetch(input, init),
    scheduler: kit.scheduler,
    monitor: kit.monitor,
    clock: kit.clock,
    timeoutMs: 5_000,
  });
});
afterEach(() => kit.close());

const issue = async () => ({
  apiBaseUrl: kit.nango.url,
  token: (await kit.client.createConnectSession({ tags: { handoff_id: 'h1' } })).token,
});

describe('SessionTokenClient', () => {
  it('reads, probes and revokes by issuing URL with the token as bearer, in the session-token bucket', async () => {
    const ref = await issue();
    expect(await tokens.read(ref)).toMatchObject({
      allowedIntegrations: [],
      isReconnecting: false,
    });
    expect(await tokens.probe(ref)).toBe('live');
    expect(kit.scheduler.bucketState(sessionTokenBucket(kit.nango.url)).limit).toBe(200);
    expect(await tokens.revoke(ref)).toBe('revoked');
    expect(await tokens.probe(ref)).toBe('gone');
    expect(await tokens.revoke(ref)).toBe('already_gone');
    const sessionCalls = kit.nango.requests.filter((r) => r.path === '/connect/session');
    expect(sessionCalls.map((r) => [r.method, r.status, r.auth])).toEqual([
      ['GET', 200, 'session-token'],
      ['GET', 200, 'session-token'],
      ['DELETE', 204, 'session-token'],
      ['GET', 401, 'none'],
      ['DELETE', 401, 'none'],
    ]);
  });

  it('does not count any other 401 as proof that the link is dead', async () => {
    const ref = await issue();
    kit.nango.setFault({ kind: 'status', status: 401 }, { path: '/connect/session' });
    const error = await rejectionOf(tokens.revoke(ref));
    expect(error).toBeInstanceOf(NangoError);
    expect((error as NangoError).kind).toBe('server');
    expect((error as NangoError).message).toContain('did not confirm the revoke');
    await expect(tokens.probe(ref)).rejects.toBeInstanceOf(NangoError);
    kit.nango.clearFaults();
    expect(kit.nango.sessions()[0]?.revoked).toBe(false);
  });

  it('rejects, never confirms, when the issuing server is unreachable', async () => {
    const ref = await issue();
    kit.nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
    expect(await rejectionOf(tokens.revoke(ref))).toMatchObject({ kind: 'offline' });
    expect(await rejectionOf(tokens.probe(ref))).toMatchObject({ kind: 'offline' });
  });
});
