/**
 * The net.fetch adapter's contract, through the real Nango client. `electronNetFetch` stands in
 * for Electron's `net.fetch` with the behaviour read from Electron's source
 * (lib/browser/api/net-fetch.ts, lib/common/api/net-client-request.ts): with
 * `redirect: 'manual'` it rejects with "Redirect was cancelled" instead of returning the 3xx,
 * and network failures reject with `Error('net::ERR_…')`. Everything else goes over Node's
 * fetch to a real fake Nango on loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NangoError } from '../nango/nango-error';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from '../nango/nango-test-kit';
import { createNetFetch, type ChromiumFetch } from './net-fetch';

interface StubCall {
  url: string;
  init: RequestInit;
}

/** A stand-in for net.fetch; `answer` replaces the network when given. */
function electronNetFetch(answer?: (call: StubCall) => Promise<Response>) {
  const calls: StubCall[] = [];
  const stub: ChromiumFetch = async (url, init) => {
    calls.push({ url, init });
    if (answer) return answer({ url, init });
    const response = await fetch(url, { ...init, redirect: 'manual' });
    if (init.redirect === 'manual' && response.status >= 300 && response.status < 400) {
      throw new Error('Redirect was cancelled');
    }
    return response;
  };
  return { calls, fetch: createNetFetch(stub) };
}

const netError = (name: string) => () => Promise.reject(new Error(`net::${name}`));
const never = () => new Promise<Response>(() => {});
const API = 'https://api.nango.test';

let kit: NangoTestKit;
beforeEach(async () => {
  kit = await startNangoTestKit();
});
afterEach(() => kit.close());

describe('net.fetch adapter: requests', () => {
  it('creates a session over net.fetch with the key only in the header, no cookies, no cache', async () => {
    const net = electronNetFetch();
    const grant = await kit
      .makeClient({ fetch: net.fetch })
      .createConnectSession({ tags: { handoff_id: 'h-1' } });
    expect(grant.connectLink).toContain(grant.token);
    const [call] = net.calls;
    expect(call?.url).toBe(`${kit.nango.url}/connect/sessions`);
    expect(call?.init).toMatchObject({
      method: 'POST',
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    expect(call?.init.headers).toEqual({
      Accept: 'application/json',
      Authorization: `Bearer ${kit.key}`,
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(call?.init.body))).toEqual({ tags: { handoff_id: 'h-1' } });
    expect(call?.url).not.toContain(kit.key);
  });

  it('passes response headers through (Retry-After on a 429)', async () => {
    const net = electronNetFetch(async () =>
      Response.json(
        { error: { code: 'too_many_request' } },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    );
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 7 } });
  });

  it('resolves an empty 204 (revoke) without a body', async () => {
    const net = electronNetFetch(async () => new Response(null, { status: 204 }));
    const tokens = kit.makeTokenClient({ fetch: net.fetch });
    await expect(
      tokens.revoke({ apiBaseUrl: API, token: 'nango_connect_session_x' }),
    ).resolves.toBe('revoked');
    expect(net.calls[0]?.init.method).toBe('DELETE');
  });

  it('refuses a Request object, whose own headers and body it would drop', async () => {
    const net = electronNetFetch();
    await expect(net.fetch(new Request(API))).rejects.toThrow(/takes a URL/);
    expect(net.calls).toEqual([]);
  });
});

describe('net.fetch adapter: redirects', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    servers.length = 0;
  });

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('reports a redirect as an error and never sends the key to its target', async () => {
    const reachedTarget: (string | undefined)[] = [];
    const target = await listen((request, response) => {
      reachedTarget.push(request.headers.authorization);
      response.end('{"data":[]}');
    });
    const redirecting = await listen((_request, response) => {
      response.writeHead(302, { Location: `${target}/integrations` }).end();
    });
    const net = electronNetFetch();
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: redirecting, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).toBeInstanceOf(NangoError);
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as Error).message).toMatch(
      /answered with a redirect, which Handoff never follows/,
    );
    expect(reachedTarget).toEqual([]);
  });

  it.each([
    ['a 3xx response', async () => Response.redirect('https://elsewhere.test/', 307)],
    [
      'the redirect policy error',
      () => Promise.reject(new Error("Attempted to redirect, but redirect policy was 'error'")),
    ],
  ])('treats %s as the same refused redirect', async (_name, answer) => {
    const net = electronNetFetch(answer);
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as Error).message).toMatch(/redirect/);
  });
});

describe('net.fetch adapter: timeouts and abort', () => {
  it('times out a request Chromium never answers, and aborts it', async () => {
    const net = electronNetFetch(never);
    const started = Date.now();
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch, timeoutMs: 100 }).listIntegrations(),
    );
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(net.calls[0]?.init.signal?.aborted).toBe(true);
    expect(kit.monitor.status().online).toBe(true);
  });

  it('times out a body that stops arriving', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"data":')),
    });
    const net = electronNetFetch(async () => new Response(stalled, { status: 200 }));
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch, timeoutMs: 100 }).listIntegrations(),
    );
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('rejects with the signal reason, at once when already aborted', async () => {
    const net = electronNetFetch(never);
    const controller = new AbortController();
    const pending = net.fetch(API, { signal: controller.signal });
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await expect(net.fetch(API, { signal: controller.signal })).rejects.toBe(reason);
    expect(net.calls).toHaveLength(1);
  });
});

describe('net.fetch adapter: network failures', () => {
  it.each([
    ['ERR_INTERNET_DISCONNECTED', "Can't reach api.nango.test."],
    ['ERR_NAME_NOT_RESOLVED', "Can't find api.nango.test (DNS lookup failed)."],
    ['ERR_CONNECTION_REFUSED', 'api.nango.test refused the connection.'],
    ['ERR_CONNECTION_RESET', 'The connection to api.nango.test was cut.'],
    ['ERR_CERT_AUTHORITY_INVALID', "api.nango.test's TLS certificate was not accepted."],
    [
      'ERR_PROXY_CONNECTION_FAILED',
      "Can't reach api.nango.test through the network's proxy. Check the system proxy settings.",
    ],
    ['ERR_TUNNEL_CONNECTION_FAILED', "Can't reach api.nango.test through the network's proxy."],
    ['ERR_PROXY_AUTH_UNSUPPORTED', "The network's proxy asks for a sign-in"],
  ])('maps net::%s to offline', async (name, reason) => {
    const net = electronNetFetch(netError(name));
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).toBeInstanceOf(NangoError);
    expect(error).toMatchObject({ kind: 'offline' });
    expect((error as Error).message).toContain(reason);
    expect(kit.monitor.status()).toMatchObject({ online: false });
    expect(kit.monitor.status().reason).toContain(reason);
  });

  it("maps a proxy's 407 to offline, not to a Nango answer", async () => {
    const net = electronNetFetch(async () => new Response('Proxy login', { status: 407 }));
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).toMatchObject({ kind: 'offline', details: { status: 407 } });
    expect(kit.monitor.status()).toMatchObject({ online: false });
    expect(kit.monitor.status().reason).toMatch(/proxy asks for a sign-in before api\.nango\.test/);
  });

  it('passes a Chromium error that is not an outage through as a bug', async () => {
    const net = electronNetFetch(netError('ERR_INVALID_URL'));
    const error = await rejectionOf(
      kit.makeClient({ baseUrl: API, fetch: net.fetch }).listIntegrations(),
    );
    expect(error).not.toBeInstanceOf(NangoError);
    expect(kit.monitor.status().online).toBe(true);
  });
});
