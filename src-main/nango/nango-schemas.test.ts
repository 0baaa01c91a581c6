import { describe, expect, it } from 'vitest';
import { NangoError } from './nango-error';
import { connectSessionCreatedSchema, connectionsSchema, nangoDateTime } from './nango-schemas';
import { parseResponse } from './parse-response';

describe('nango schemas', () => {
  it('reads +00:00 and Z timestamps alike', () => {
    expect(nangoDateTime.parse('2026-11-23T09:00:00.123+00:00')).toBe('2026-11-23T09:00:00.123Z');
    expect(nangoDateTime.parse('2026-11-23T10:00:00+01:00')).toBe('2026-11-23T09:00:00.000Z');
    expect(nangoDateTime.safeParse('yesterday').success).toBe(false);
  });

  it('tolerates unknown keys but needs a connect_link', () => {
    const data = {
      token: 't',
      connect_link: 'https://c/?session_token=t',
      expires_at: '2026-11-23T09:30:00.000Z',
    };
    const parsed = connectSessionCreatedSchema.parse({ data: { ...data, extra: 1 }, meta: {} });
    expect(parsed.data).toEqual(data);
    expect(
      connectSessionCreatedSchema.safeParse({ data: { ...data, connect_link: undefined } }).success,
    ).toBe(false);
  });

  it('defaults errors and tolerates missing tags on older servers', () => {
    const parsed = connectionsSchema.parse({
      connections: [
        {
          connection_id: 'c',
          provider_config_key: 'k',
          provider: 'p',
          created: '2026-01-01T00:00:00+00:00',
        },
      ],
    });
    expect(parsed.connections[0]?.errors).toEqual([]);
    expect(parsed.connections[0]?.tags).toBeUndefined();
  });

  it('reports a mismatch as bad_response naming only the path', () => {
    let error: unknown;
    try {
      parseResponse(connectSessionCreatedSchema, {
        data: { token: 'secret-ish', connect_link: 'x', expires_at: 5 },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NangoError);
    expect(error).toMatchObject({ kind: 'bad_response' });
    expect((error as Error).message).toContain('data.expires_at');
    expect((error as Error).message).not.toContain('secret-ish');
  });
});
