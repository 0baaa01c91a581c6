import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, channels } from './channels';
import { connectionUpdate, profileInput, profileUpdate, tagsSchema } from './schemas';

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

/** Every schema reachable from `schema` (itself included), with its path. */
function allSchemas(schema: z.ZodType, path = ''): [string, z.ZodType][] {
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  const at = (key: string, suffix = '') => allSchemas(def[key] as z.ZodType, `${path}${suffix}`);
  const children: [string, z.ZodType][] = [];
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def['shape'] as Record<string, z.ZodType>))
        children.push(...allSchemas(field, `${path}.${key}`));
      break;
    case 'array':
      children.push(...at('element', '[]'));
      break;
    case 'record':
      children.push(...at('keyType', '{key}'), ...at('valueType', '{}'));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
      children.push(...at('innerType'));
      break;
    case 'pipe':
      children.push(...at('in'), ...at('out'));
      break;
  }
  return [[path || '(request)', schema], ...children];
}

const checksOf = (schema: z.ZodType): string[] =>
  ((schema.def as { checks?: { _zod: { def: { check: string } } }[] }).checks ?? []).map(
    (c) => c._zod.def.check,
  );

describe('bounds', () => {
  it.each(CHANNELS)('every string, list and tag set of %s has a limit', (channel) => {
    const unbounded = allSchemas(channels[channel].request)
      .filter(([, schema]) => {
        const { type } = schema.def;
        if (type === 'string' || type === 'array') return !checksOf(schema).includes('max_length');
        // Records are bounded by a refinement on their entry count.
        if (type === 'record') return checksOf(schema).length === 0;
        return false;
      })
      .map(([path, schema]) => `${path} (${schema.def.type})`);
    expect(unbounded).toEqual([]);
  });

  it('refuses a tag set with thousands of entries, and over-long values at their key', () => {
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, 'v']));
    const result = tagsSchema.safeParse(many);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['At most 10 tags in all.']);
    expect(tagsSchema.safeParse({ a: 'x'.repeat(256) }).error?.issues[0]?.path).toEqual(['a']);
    const justOver = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    // Just over the server's limit still parses: validateTags explains it in the service.
    expect(tagsSchema.safeParse(justOver).success).toBe(true);
  });
});

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
