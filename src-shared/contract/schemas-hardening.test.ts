import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, channels } from './channels';
import { connectionUpdate, profileInput, profileUpdate } from './schemas';

/** Every object field reachable from a schema, as [path, field schema]. */
function objectFields(schema: z.ZodType, path = ''): [string, z.ZodType][] {
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => objectFields(def[key] as z.ZodType, path);
  switch (def.type) {
    case 'object':
      return Object.entries(def['shape'] as Record<string, z.ZodType>).flatMap(([key, field]) => [
        [`${path}.${key}`, field] as [string, z.ZodType],
        ...objectFields(field, `${path}.${key}`),
      ]);
    case 'array':
      return objectFields(def['element'] as z.ZodType, `${path}[]`);
    case 'record':
      return objectFields(def['valueType'] as z.ZodType, `${path}{}`);
    case 'optional':
    case 'nullable':
    case 'default':
      return inner('innerType');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    default:
      return [];
  }
}

describe('explicit undefined', () => {
  it.each(CHANNELS)('is refused for every field of %s', (channel) => {
    const accepting = objectFields(channels[channel].request)
      .filter(([, field]) => field.safeParse(undefined).success)
      .map(([path]) => path);
    // A field that may be left out must be `exactOptional()`, not `optional()`.
    expect(accepting).toEqual([]);
  });

  it('makes a partial update fail at the field instead of erasing it', () => {
    const profile = profileUpdate.safeParse({ id: 'p1', name: undefined });
    expect(profile.success).toBe(false);
    expect(profile.error?.issues.map((i) => i.path.join('.'))).toEqual(['name']);
    const row = connectionUpdate.safeParse({ id: 'c1', label: undefined, notes: 'ok' });
    expect(row.error?.issues.map((i) => i.path.join('.'))).toEqual(['label']);
    // Leaving a field out is still how a patch says "unchanged".
    expect(connectionUpdate.parse({ id: 'c1', notes: 'ok' })).toEqual({ id: 'c1', notes: 'ok' });
  });
});

describe('URL fields', () => {
  it('reject a URL without a scheme with one message, without throwing', () => {
    const parse = () =>
      profileInput.safeParse({
        name: 'Prod',
        apiBaseUrl: 'api.nango.dev',
        connectUiBaseUrl: 'https://connect.nango.dev',
      });
    expect(parse).not.toThrow();
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['apiBaseUrl', 'Enter a full URL, e.g. https://api.nango.dev'],
    ]);
  });
});
