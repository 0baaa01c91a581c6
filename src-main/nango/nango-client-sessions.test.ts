import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVettedConnectLink } from './connect-link';
import { NangoError } from './nango-error';
import { rejectionOf, startNangoTestKit, type NangoTestKit } from './nango-test-kit';

let kit: NangoTestKit;
beforeEach(async () => {
  kit = await startNangoTestKit();
  kit.nango.addIntegration({ unique_key: 'hubspot', provider: 'hubspot' });
  kit.nango.addIntegration({ unique_key: 'slack', provider: 'slack' });
});
afterEach(() => kit.close());

describe('createConnectSession', () => {
  it('creates a session and returns it camelCase', async () => {
    const grant = await kit.client.createConnectSession({
      tags: { handoff_id: 'h1', End_User_Email: 'ana@acme.com' },
      allowedIntegrations: ['hubspot'],
    });
    expect(grant.token).toMatch(/^nango_connect_session_[0-9a-f]{64}$/);
    expect(grant.expiresAt).toBe(new Date(kit.clock.now() + 30 * 60_000).toISOString());
    expect(isVettedConnectLink(grant.connectLink, 'https://connect.nango.dev')).toBe(true);
    const [request] = kit.nango.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/connect/sessions',
      status: 201,
      auth: 'secret-key',
      body: {
        tags: { handoff_id: 'h1', End_User_Email: 'ana@acme.com' },
        allowed_integrations: ['hubspot'],
      },
    });
    expect(kit.nango.sessions()[0]?.tags).toEqual({
      handoff_id: 'h1',
      end_user_email: 'ana@acme.com',
    });
  });

  it('sends snake_case options and only the keys that were given', async () => {
    await kit.client.createConnectSession({
      tags: { handoff_id: 'h2' },
      integrationsConfigDefaults: {
        slack: { userScopes: 'chat:write', connectionConfig: { oauth_scopes_override: 'a,b' } },
      },
    });
    expect(kit.nango.requests[0]?.body).toEqual({
      tags: { handoff_id: 'h2' },
      integrations_config_defaults: {
        slack: { user_scopes: 'chat:write', connection_config: { oauth_scopes_override: 'a,b' } },
      },
    });
  });

  it('refuses invalid tags before sending anything', async () => {
    const tags: Record<string, string> = { '1bad': 'x', handoff_id: '' };
    for (let i = 0; i < 10; i++) tags[`k${i}`] = 'v';
    const error = await rejectionOf(kit.client.createConnectSession({ tags }));
    expect(error).toBeInstanceOf(NangoError);
    expect((error as NangoError).kind).toBe('invalid_request');
    const paths = (error as NangoError).details.fields?.map((f) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['tags.1bad', 'tags.handoff_id', 'tags']));
    expect(kit.nango.requests).toEqual([]);
  });

  it('sends Content-Type only with a body and the key only as a Bearer header', async () => {
    const seen: { method: string; headers: Record<string, string> }[] = [];
    const client = kit.makeClient({
      fetch: (input, init) => {
        seen.push({ method: init?.method ?? 'GET', headers: { ...(init?.headers as object) } });
        return fetch(input, init);
      },
    });
    await client.createConnectSession({ tags: { handoff_id: 'h3' } });
    await client.listIntegrations();
    expect(seen[0]?.headers).toMatchObject({
      Authorization: `Bearer ${kit.key}`,
      'Content-Type': 'application/json',
    });
    expect(seen[1]?.headers).toMatchObject({ Authorization: `Bearer ${kit.key}` });
    expect(seen[1]?.headers['Content-Type']).toBeUndefined();
  });
});

describe('createReconnectSession', () => {
  it("resends the connection's tags", async () => {
    kit.nango.addConnection({
      connection_id: 'conn-1',
      provider_config_key: 'hubspot',
      tags: { customer: 'acme', handoff_id: 'old' },
    });
    const grant = await kit.client.createReconnectSession({
      connectionId: 'conn-1',
      integrationId: 'hubspot',
      tags: { customer: 'acme', handoff_id: 'new' },
    });
    expect(kit.nango.requests[0]).toMatchObject({
      path: '/connect/sessions/reconnect',
      body: {
        connection_id: 'conn-1',
        integration_id: 'hubspot',
        tags: { customer: 'acme', handoff_id: 'new' },
      },
    });
    kit.nango.completeSession(grant.token);
    expect(kit.nango.connections()[0]?.tags).toEqual({ customer: 'acme', handoff_id: 'new' });
  });

  it("passes the server's bare message through for an unknown connection", async () => {
    const error = await rejectionOf(
      kit.client.createReconnectSession({
        connectionId: 'nope',
        integrationId: 'hubspot',
        tags: { handoff_id: 'h' },
      }),
    );
    expect(error).toMatchObject({
      kind: 'invalid_request',
      details: { status: 400, code: 'invalid_body' },
    });
    expect((error as NangoError).message).toContain(
      'ConnectionID or IntegrationId does not exists',
    );
    expect((error as NangoError).details.fields).toBeUndefined();
  });

  it('validates tags before sending', async () => {
    const error = await rejectionOf(
      kit.client.createReconnectSession({
        connectionId: 'conn-1',
        integrationId: 'hubspot',
        tags: { end_user_email: 'not-an-email' },
      }),
    );
    expect(error).toMatchObject({ kind: 'invalid_request' });
    expect(kit.nango.requests).toEqual([]);
  });
});
