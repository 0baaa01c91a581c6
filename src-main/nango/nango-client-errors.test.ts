import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NangoError } from './nango-error';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';

let kit: NangoTestKit;
beforeEach(async () => {
  kit = await startNangoTestKit();
  kit.nango.addIntegration({ unique_key: 'hubspot', provider: 'hubspot' });
});
afterEach(() => kit.close());

/** A fetch that alters each request before it reaches the (real) fake server. */
function tamper(edit: (url: string, init: RequestInit) => [string, RequestInit]): typeof fetch {
  return (input, init) => fetch(...edit(String(input), { ...init }));
}

async function failure(call: Promise<unknown>): Promise<NangoError> {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(NangoError);
  // Whatever went wrong, the key never appears in what the app could show or log.
  expect(
    JSON.stringify({ m: (error as Error).message, d: (error as NangoError).details }),
  ).not.toContain(kit.key);
  return error as NangoError;
}

const session = { tags: { handoff_id: 'h1' } };

describe('401 on secret-key endpoints → unauthorized', () => {
  it.each([
    ['unknown_account', () => randomUUID()],
    ['invalid_secret_key_format', () => 'not-a-uuid'],
  ])('%s', async (code, makeKey) => {
    const client = kit.makeClient({ getSecretKey: async () => makeKey() });
    const error = await failure(client.createConnectSession(session));
    expect(error).toMatchObject({ kind: 'unauthorized', details: { status: 401, code } });
    expect(error.message).toMatch(/^Nango rejected the secret key/);
  });

  it('missing_auth_header', async () => {
    const client = kit.makeClient({
      fetch: tamper((url, init) => {
        const headers = { ...(init.headers as Record<string, string>) };
        delete headers.Authorization;
        return [url, { ...init, headers }];
      }),
    });
    const error = await failure(client.listIntegrations());
    expect(error).toMatchObject({ kind: 'unauthorized', details: { code: 'missing_auth_header' } });
  });

  it('refuses a key with a line break without sending it', async () => {
    const client = kit.makeClient({ getSecretKey: async () => `${kit.key}\n` });
    expect(await failure(client.listIntegrations())).toMatchObject({ kind: 'unauthorized' });
    expect(kit.nango.requests).toEqual([]);
  });
});

describe('403 → forbidden', () => {
  it('names the missing scope', async () => {
    const scoped = randomUUID();
    kit.nango.addKey(scoped, ['environment:connect_sessions:write']);
    const client = kit.makeClient({ getSecretKey: async () => scoped });
    const error = await failure(client.listConnections());
    expect(error).toMatchObject({
      kind: 'forbidden',
      details: { status: 403, requiredScope: 'environment:connections:list' },
    });
    expect(error.message).toContain('environment:connections:list');
  });

  it('names both scopes of the "Required one of" form the list endpoints use', async () => {
    const scoped = randomUUID();
    kit.nango.addKey(scoped, ['environment:connect_sessions:write']);
    const client = kit.makeClient({ getSecretKey: async () => scoped });
    const error = await failure(client.listIntegrations());
    expect(error.details.requiredScopes).toEqual([
      'environment:integrations:list',
      'environment:integrations:list_credentials',
    ]);
    expect(error.message).toContain(
      'one of environment:integrations:list or environment:integrations:list_credentials',
    );
  });

  it("passes a plan refusal's message through", async () => {
    const error = await failure(
      kit.client.createConnectSession({
        ...session,
        overrides: { hubspot: { docsConnect: 'https://d' } },
      }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.details.requiredScope).toBeUndefined();
  });
});

describe('400 / 415 → invalid_request', () => {
  it('maps errors[].path to fields', async () => {
    const error = await failure(
      kit.client.createConnectSession({ ...session, allowedIntegrations: ['hubspot', 'nope'] }),
    );
    expect(error).toMatchObject({
      kind: 'invalid_request',
      details: { status: 400, code: 'invalid_body' },
    });
    expect(error.details.fields).toEqual([
      { path: ['allowed_integrations', '1'], message: 'Integration does not exist' },
    ]);
    expect(error.message).toContain('Integration does not exist');
  });

  it('explains a bad tag key the server only calls "Invalid key in record"', async () => {
    // Sent raw past the client-side check, to see the server's own answer mapped.
    const client = kit.makeClient({
      fetch: tamper((url, init) => [
        url,
        { ...init, body: JSON.stringify({ tags: { '9x': 'v' } }) },
      ]),
    });
    const error = await failure(client.createConnectSession(session));
    expect(error.details.fields?.[0]?.path).toEqual(['tags', '9x']);
    expect(error.details.fields?.[0]?.message).toMatch(/^Tag keys start with a letter/);
  });

  it.each([
    ['415', { 'Content-Type': 'text/plain' }, undefined, undefined, 415, 'invalid_content_type'],
    ['invalid_json', undefined, '{"tags":', undefined, 400, 'invalid_json'],
    ['invalid_query_params', undefined, undefined, '?x=1', 400, 'invalid_query_params'],
  ])('%s', async (_name, headers, body, query, status, code) => {
    const client = kit.makeClient({
      fetch: tamper((url, init) => [
        url + (query ?? ''),
        {
          ...init,
          headers: { ...(init.headers as Record<string, string>), ...headers },
          body: body ?? init.body,
        },
      ]),
    });
    const error = await failure(client.createConnectSession(session));
    expect(error).toMatchObject({ kind: 'invalid_request', details: { status, code } });
  });
});

describe('other statuses', () => {
  it('404 → not_found (here: a base URL with a path prefix the server does not have)', async () => {
    const client = kit.makeClient({ baseUrl: `${kit.nango.url}/nango/` });
    const error = await failure(client.listIntegrations());
    expect(error).toMatchObject({ kind: 'not_found', details: { status: 404 } });
    expect(kit.nango.requests[0]?.path).toBe('/nango/integrations');
  });

  it('500 on session create → server, mentioning merged tags', async () => {
    kit.nango.setFault({ kind: 'status', status: 500 }, { path: '/connect/sessions' });
    const error = await failure(kit.client.createConnectSession(session));
    expect(error).toMatchObject({ kind: 'server', details: { status: 500 } });
    expect(error.message).toContain('more than 10 tags');
  });

  it('503 elsewhere → server', async () => {
    kit.nango.setFault({ kind: 'status', status: 503 });
    const error = await failure(kit.client.listIntegrations());
    expect(error).toMatchObject({ kind: 'server', details: { status: 503 } });
    expect(error.message).not.toContain('tags');
  });

  it('a 2xx of the wrong shape → bad_response', async () => {
    // A real answer from another endpoint, as when the API URL points at the wrong thing.
    const client = kit.makeClient({
      fetch: tamper((url, init) => [url.replace('/integrations', '/connections'), init]),
    });
    const error = await failure(client.listIntegrations());
    expect(error.kind).toBe('bad_response');
  });
});
