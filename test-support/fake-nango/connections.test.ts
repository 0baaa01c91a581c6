import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createSessionToken, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

const ids = (body: { connections: { connection_id: string }[] }) =>
  body.connections.map((c) => c.connection_id);

function seed(): void {
  t.nango.addConnection({
    connection_id: 'old',
    provider_config_key: 'github',
    tags: { Org: 'acme', tier: 'gold' },
    end_user: { id: 'u1', email: 'dana@acme.test', organization: { id: 'o1', display_name: null } },
  });
  t.clock.advance(1000);
  t.nango.addConnection({
    connection_id: 'mid',
    provider_config_key: 'slack',
    tags: { org: 'acme' },
  });
  t.clock.advance(1000);
  t.nango.addConnection({
    connection_id: 'new',
    provider_config_key: 'github',
    tags: { org: 'ACME' },
  });
}

describe('GET /connections', () => {
  it('lists newest first in the server shape, created with a +00:00 offset', async () => {
    seed();
    const res = await call(t.nango, '/connections');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(['new', 'mid', 'old']);
    const old = res.body.connections[2];
    expect(Object.keys(old).sort()).toEqual(
      [
        'connection_id',
        'created',
        'end_user',
        'errors',
        'id',
        'metadata',
        'provider',
        'provider_config_key',
        'tags',
      ].sort(),
    );
    expect(old.created).toBe(new Date(t.clock.now() - 2000).toISOString().replace('Z', '+00:00'));
    expect(old.tags).toEqual({ org: 'acme', tier: 'gold' });
    expect(old.provider).toBe('github');
  });

  it('filters by tags: exact value, AND, key case-insensitive', async () => {
    seed();
    const byTag = await call(t.nango, '/connections?tags[ORG]=acme');
    expect(ids(byTag.body)).toEqual(['mid', 'old']);
    const both = await call(t.nango, '/connections?tags[org]=acme&tags[tier]=gold');
    expect(ids(both.body)).toEqual(['old']);
    expect(ids((await call(t.nango, '/connections?tags[org]=acm')).body)).toEqual([]);
  });

  it('filters by connectionId, integrationId (comma list), endUserId, organization and search', async () => {
    seed();
    expect(ids((await call(t.nango, '/connections?connectionId=mid')).body)).toEqual(['mid']);
    expect(ids((await call(t.nango, '/connections?integrationId=slack')).body)).toEqual(['mid']);
    expect(ids((await call(t.nango, '/connections?integrationId=slack,github')).body)).toHaveLength(
      3,
    );
    expect(ids((await call(t.nango, '/connections?endUserId=u1')).body)).toEqual(['old']);
    expect(ids((await call(t.nango, '/connections?endUserOrganizationId=o1')).body)).toEqual([
      'old',
    ]);
    expect(ids((await call(t.nango, '/connections?search=DANA')).body)).toEqual(['old']);
  });

  it('pages with limit and page', async () => {
    seed();
    expect(ids((await call(t.nango, '/connections?limit=2')).body)).toEqual(['new', 'mid']);
    expect(ids((await call(t.nango, '/connections?limit=2&page=1')).body)).toEqual(['old']);
    const bad = await call(t.nango, '/connections?limit=zero');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_query_params');
  });

  it('refuses unknown query parameters', async () => {
    const res = await call(t.nango, '/connections?connection_id=x');
    expect(res.status).toBe(400);
    expect(res.body.error.errors[0].code).toBe('unrecognized_keys');
  });

  it('shows auth errors set by setConnectionErrors', async () => {
    seed();
    t.nango.setConnectionErrors('mid', [{ type: 'auth' }]);
    const mid = (await call(t.nango, '/connections?connectionId=mid')).body.connections[0];
    expect(mid.errors).toHaveLength(1);
    expect(mid.errors[0].type).toBe('auth');
    expect(typeof mid.errors[0].log_id).toBe('string');
    expect(() => t.nango.setConnectionErrors('ghost', [])).toThrow();
  });
});

describe('completing a connect session', () => {
  it('creates a connection carrying the session tags, found by the tag filter', async () => {
    const token = await createSessionToken(t.nango, {
      tags: { Handoff_Id: 'H-1' },
      allowed_integrations: ['slack'],
    });
    expect(ids((await call(t.nango, '/connections?tags[handoff_id]=H-1')).body)).toEqual([]);
    const created = t.nango.completeSession(token);
    expect(created.provider_config_key).toBe('slack');
    expect(created.connection_id).toMatch(/[0-9a-f-]{36}/);
    const found = await call(t.nango, '/connections?tags[handoff_id]=H-1');
    expect(ids(found.body)).toEqual([created.connection_id]);
    expect(found.body.connections[0].tags).toEqual({ handoff_id: 'H-1' });
  });

  it('uses the given connection_id and integration; refuses one the session does not allow', async () => {
    const token = await createSessionToken(t.nango, { tags: { a: 'b' } });
    const c = t.nango.completeSession(token, {
      connection_id: 'mine',
      provider_config_key: 'slack',
    });
    expect([c.connection_id, c.provider_config_key]).toEqual(['mine', 'slack']);
    const limited = await createSessionToken(t.nango, {
      tags: { a: 'b' },
      allowed_integrations: ['github'],
    });
    expect(() => t.nango.completeSession(limited, { provider_config_key: 'slack' })).toThrow();
  });
});

describe('GET /integrations', () => {
  it('lists the integrations in the server shape', async () => {
    const res = await call(t.nango, '/integrations');
    expect(res.status).toBe(200);
    expect(res.body.data.map((i: { unique_key: string }) => i.unique_key)).toEqual([
      'github',
      'slack',
    ]);
    expect(Object.keys(res.body.data[0]).sort()).toEqual([
      'created_at',
      'display_name',
      'logo',
      'provider',
      'unique_key',
      'updated_at',
    ]);
    expect(res.body.data[0].display_name).toBe('GitHub');
  });
});
