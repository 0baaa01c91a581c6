import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionTokenBucket } from './nango-buckets';
import { NangoError } from './nango-error';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';
import type { SessionTokenClient } from './session-token-client';

let kit: NangoTestKit;
let tokens: SessionTokenClient;
beforeEach(async () => {
  kit = await startNangoTestKit();
  tokens = kit.makeTokenClient();
});
afterEach(() => kit.close());

const issue = async () => ({
  apiBaseUrl: kit.nango.url,
  token: (await kit.client.createConnectSession({ tags: { handoff_id: 'h1' } })).token,
});

describe('SessionTokenClient', () => {
  it('probes and revokes by issuing URL with the token as bearer, in the session-token bucket', async () => {
    const ref = await issue();
    expect(await tokens.probe(ref)).toBe('live');
    expect(kit.scheduler.bucketState(sessionTokenBucket(kit.nango.url)).limit).toBe(200);
    expect(await tokens.revoke(ref)).toBe('revoked');
    expect(await tokens.probe(ref)).toBe('gone');
    expect(await tokens.revoke(ref)).toBe('already_gone');
    const sessionCalls = kit.nango.requests.filter((r) => r.path === '/connect/session');
    expect(sessionCalls.map((r) => [r.method, r.status, r.auth])).toEqual([
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

  it('does not take a 200 that is not a Nango session for a live link', async () => {
    const ref = await issue();
    const portal = kit.makeTokenClient({
      fetch: async () => new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }),
    });
    expect(await rejectionOf(portal.probe(ref))).toMatchObject({ kind: 'bad_response' });
  });

  it('sends the token only as a Bearer header, never the key, and no Content-Type', async () => {
    const seen: { method: string; headers: Record<string, string> }[] = [];
    const recording = kit.makeTokenClient({
      fetch: (input, init) => {
        seen.push({ method: init?.method ?? 'GET', headers: { ...(init?.headers as object) } });
        return fetch(input, init);
      },
    });
    const ref = await issue();
    await recording.probe(ref);
    await recording.revoke(ref);
    expect(seen.map((s) => s.method)).toEqual(['GET', 'DELETE']);
    for (const call of seen) {
      expect(call.headers).toMatchObject({ Authorization: `Bearer ${ref.token}` });
      expect(call.headers['Content-Type']).toBeUndefined();
      expect(JSON.stringify(call.headers)).not.toContain(kit.key);
    }
  });

  it('rejects a malformed token (session_gone) without calling it proof that a link is dead', async () => {
    const ref = { apiBaseUrl: kit.nango.url, token: kit.key };
    expect(await rejectionOf(tokens.probe(ref))).toMatchObject({
      kind: 'session_gone',
      details: { code: 'invalid_connect_session_token_format' },
    });
  });

  it('treats an expired session as gone', async () => {
    const ref = await issue();
    kit.clock.advance(30 * 60_000 + 1);
    expect(await tokens.probe(ref)).toBe('gone');
  });
});
