import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.nango.close();
});

const post = (json: unknown) => call(t.nango, '/connect/sessions', { method: 'POST', json });

describe('POST /connect/sessions success', () => {
  it('201 with token, link and a 30-minute expires_at on the injected clock', async () => {
    const res = await post({ tags: { handoff_id: 'h1' } });
    expect(res.status).toBe(201);
    const { token, connect_link, expires_at } = res.body.data;
    expect(token).toMatch(/^nango_connect_session_[a-f0-9]{64}$/);
    expect(connect_link).toBe(`https://connect.nango.dev/?session_token=${token}`);
    expect(expires_at).toBe(new Date(t.clock.now() + 30 * 60_000).toISOString());
    expect(expires_at.endsWith('Z')).toBe(true);
  });

  it('uses the configured connect UI base', async () => {
    const other = await startTestServer({ connectUiBase: 'http://localhost:4000/' });
    try {
      const res = await call(other.nango, '/connect/sessions', {
        method: 'POST',
        json: { tags: { a: 'b' } },
      });
      expect(res.body.data.connect_link).toMatch(/^http:\/\/localhost:4000\/\?session_token=/);
    } finally {
      await other.nango.close();
    }
  });

  it('stores tags with lowercased keys and kept values, merged with end_user/organization', async () => {
    await post({
      end_user: { id: 'U1', email: 'dana@acme.test', display_name: 'Dana' },
      organization: { id: 'Org1', display_name: 'Acme' },
      tags: { Handoff_ID: 'CaseKept' },
    });
    const [session] = t.nango.sessions();
    expect(session?.kind).toBe('connect');
    expect(session?.tags).toEqual({
      end_user_id: 'U1',
      end_user_email: 'dana@acme.test',
      end_user_display_name: 'Dana',
      organization_id: 'Org1',
      organization_display_name: 'Acme',
      handoff_id: 'CaseKept',
    });
    expect(session?.endUser?.organization).toEqual({ id: 'Org1', display_name: 'Acme' });
  });

  it('accepts allowed_integrations: [] and stores no restriction', async () => {
    expect((await post({ tags: { a: 'b' }, allowed_integrations: [] })).status).toBe(201);
    expect(t.nango.sessions()[0]?.allowedIntegrations).toBeNull();
  });

  it('accepts end_user alone (tags generated from it)', async () => {
    expect((await post({ end_user: { id: 'u1' } })).status).toBe(201);
    expect(t.nango.sessions()[0]?.tags).toEqual({ end_user_id: 'u1' });
  });
});

describe('POST /connect/sessions validation', () => {
  it('an empty body reports only end_user', async () => {
    const res = await post({});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_body');
    expect(res.body.error.errors).toHaveLength(1);
    expect(res.body.error.errors[0].path).toEqual(['end_user']);
  });

  it('an unknown key is unrecognized_keys', async () => {
    const res = await post({ tags: { a: 'b' }, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.errors).toEqual([
      { code: 'unrecognized_keys', message: 'Unrecognized key: "colour"', path: [] },
    ]);
  });

  it('a bad tag key gets only the generic invalid_key at ["tags", key]', async () => {
    for (const key of ['1abc', 'has space', 'k'.repeat(65)]) {
      const res = await post({ tags: { [key]: 'v' } });
      expect(res.body.error.errors).toEqual([
        { code: 'invalid_key', message: 'Invalid key in record', path: ['tags', key] },
      ]);
    }
    expect((await post({ tags: { 'a_b-c.d/e': 'v', ['k'.repeat(64)]: 'v' } })).status).toBe(201);
  });

  it('tag values must be 1 to 255 characters', async () => {
    const long = await post({ tags: { a: 'x'.repeat(256) } });
    expect(long.body.error.errors).toEqual([
      {
        code: 'too_big',
        message: 'Tag values must be at most 255 characters',
        path: ['tags', 'a'],
      },
    ]);
    const empty = await post({ tags: { a: '' } });
    expect(empty.body.error.errors[0]).toMatchObject({ code: 'too_small', path: ['tags', 'a'] });
    expect((await post({ tags: { a: 'x'.repeat(255) } })).status).toBe(201);
  });

  it('more than 10 keys, duplicate keys and a bad end_user_email have specific messages', async () => {
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    expect((await post({ tags: eleven })).body.error.errors).toEqual([
      { code: 'custom', message: 'Tags cannot contain more than 10 keys', path: ['tags'] },
    ]);
    expect((await post({ tags: { Team: 'a', team: 'b' } })).body.error.errors).toEqual([
      {
        code: 'custom',
        message: 'Duplicate tag key after case normalization: "team"',
        path: ['tags'],
      },
    ]);
    expect((await post({ tags: { end_user_email: 'nope' } })).body.error.errors).toEqual([
      { code: 'custom', message: 'Tag "end_user_email" must be a valid email', path: ['tags'] },
    ]);
  });

  it('end_user needs an id of at most 255 characters and is strict', async () => {
    const res = await post({ end_user: { email: 'a@b.co', extra: 1 } });
    const paths = res.body.error.errors.map((e: { path: string[] }) => e.path);
    expect(paths).toEqual([['end_user', 'id'], ['end_user']]);
    expect(res.body.error.errors[1].code).toBe('unrecognized_keys');
    const long = await post({ end_user: { id: 'x'.repeat(256) } });
    expect(long.body.error.errors[0]).toMatchObject({ code: 'too_big', path: ['end_user', 'id'] });
  });

  it('merged tags over 10 keys answer 500 server_error (the server pitfall)', async () => {
    const tags = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, 'v']));
    const res = await post({
      end_user: { id: 'u', email: 'dana@acme.test', display_name: 'Dana' },
      tags,
    });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('server_error');
    expect(t.nango.sessions()).toHaveLength(0);
  });

  it('unknown integrations are reported with string index paths', async () => {
    const res = await post({ tags: { a: 'b' }, allowed_integrations: ['github', 'nope'] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 'invalid_body',
        errors: [
          {
            code: 'custom',
            message: 'Integration does not exist',
            path: ['allowed_integrations', '1'],
          },
        ],
      },
    });
    const records = await post({
      tags: { a: 'b' },
      integrations_config_defaults: { ghost: { user_scopes: 'x' } },
      overrides: { phantom: {} },
    });
    expect(records.body.error.errors.map((e: { path: string[] }) => e.path)).toEqual([
      ['integrations_config_defaults', 'ghost'],
      ['overrides', 'phantom'],
    ]);
  });

  it('docs_connect overrides are 403 unless the plan allows them', async () => {
    const body = { tags: { a: 'b' }, overrides: { github: { docs_connect: 'https://docs.test' } } };
    const res = await post(body);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    t.nango.setDocsConnectAllowed(true);
    expect((await post(body)).status).toBe(201);
  });
});
