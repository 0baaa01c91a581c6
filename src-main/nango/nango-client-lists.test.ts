import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNangoTestKit, type NangoTestKit } from './nango-test-kit';

let kit: NangoTestKit;
beforeEach(async () => {
  kit = await startNangoTestKit();
});
afterEach(() => kit.close());

describe('listIntegrations', () => {
  it('maps integrations for the picker', async () => {
    kit.nango.addIntegration({
      unique_key: 'hubspot',
      provider: 'hubspot',
      display_name: 'HubSpot',
    });
    expect(await kit.client.listIntegrations()).toEqual([
      { uniqueKey: 'hubspot', provider: 'hubspot', displayName: 'HubSpot' },
    ]);
  });
});

describe('listConnections', () => {
  beforeEach(() => {
    kit.nango.addIntegration({ unique_key: 'hubspot', provider: 'hubspot' });
    kit.nango.addIntegration({ unique_key: 'slack', provider: 'slack' });
    kit.nango.addConnection({
      connection_id: 'c1',
      provider_config_key: 'hubspot',
      tags: { Handoff_Id: 'h1', customer: 'acme' },
      errors: [{ type: 'auth' }],
      end_user: { id: 'u1', email: 'ana@acme.com' },
    });
    kit.nango.addConnection({
      connection_id: 'c2',
      provider_config_key: 'slack',
      tags: { handoff_id: 'h2', customer: 'acme' },
    });
  });

  it('filters by tags as tags[key]=value and maps to RemoteConnection', async () => {
    const found = await kit.client.listConnections({
      tags: { handoff_id: 'h1', customer: 'acme' },
    });
    expect(kit.nango.requests[0]).toMatchObject({
      method: 'GET',
      path: '/connections',
      query: { 'tags[handoff_id]': 'h1', 'tags[customer]': 'acme' },
      status: 200,
    });
    expect(found).toEqual([
      {
        connectionId: 'c1',
        integrationId: 'hubspot',
        provider: 'hubspot',
        tags: { handoff_id: 'h1', customer: 'acme' },
        errors: [{ type: 'auth' }],
        created: new Date(kit.clock.now()).toISOString(),
        endUser: { id: 'u1', email: 'ana@acme.com', displayName: null },
      },
    ]);
    // The server writes +00:00; the app keeps one form.
    expect(found[0]?.created).toMatch(/Z$/);
  });

  it('joins integration ids and passes paging', async () => {
    const found = await kit.client.listConnections({
      integrationIds: ['hubspot', 'slack'],
      limit: 1,
      page: 1,
    });
    expect(kit.nango.requests[0]?.query).toEqual({
      integrationId: 'hubspot,slack',
      limit: '1',
      page: '1',
    });
    expect(found.map((c) => c.connectionId)).toHaveLength(1);
  });

  it('finds one connection by id through the list endpoint, never GET /connections/{id}', async () => {
    const found = await kit.client.listConnections({ connectionId: 'c2' });
    expect(found.map((c) => c.connectionId)).toEqual(['c2']);
    expect(kit.nango.requests.map((r) => r.path)).toEqual(['/connections']);
  });
});
