/**
 * fast-check arbitraries for "valid-looking" IPC payloads, built by walking a channel's zod
 * schema: the right shape, lengths near the limits, ids from a pool the test controls. Many
 * pass validation and reach the real handlers; the rest fail on a refinement the walk does not
 * model (a URL's scheme, a tag rule), which is useful too.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** How to fill fields the walk cannot invent on its own. */
export interface SchemaArbitraryOptions {
  /** Ids for local-id fields (`id`, `profileId`, `savedConnectionId`, ...). */
  localId: fc.Arbitrary<string>;
  /** URLs for `.url()` strings. */
  url: fc.Arbitrary<string>;
  /**
   * Realistic values for fields of these names, mixed in with the generated ones, so more
   * payloads get past the rules the walk does not model. An array's elements are named
   * `field[]`.
   */
  hints?: Record<string, fc.Arbitrary<unknown>>;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

type Def = { type: string; checks?: { _zod: { def: Check } }[] } & Record<string, unknown>;

/** Fields that name a record of this app (not Nango's connection or integration ids). */
export const isLocalIdField = (key: string): boolean =>
  key === 'id' || (/Id$/.test(key) && key !== 'connectionId' && key !== 'integrationId');

const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

/** An arbitrary of values shaped like `schema`. */
export function arbitraryFor(
  schema: z.ZodType,
  options: SchemaArbitraryOptions,
  key = '',
): fc.Arbitrary<unknown> {
  const walked = walk(schema, options, key);
  const hint = key ? options.hints?.[key] : undefined;
  return hint ? fc.oneof(hint, walked) : walked;
}

function walk(
  schema: z.ZodType,
  options: SchemaArbitraryOptions,
  key: string,
): fc.Arbitrary<unknown> {
  const def = schema.def as unknown as Def;
  switch (def.type) {
    case 'object':
      return objectArbitrary(def, options);
    case 'string':
      return isLocalIdField(key) ? options.localId : stringArbitrary(checksOf(def), options);
    case 'number':
      return numberArbitrary(checksOf(def));
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 5;
      const element = arbitraryFor(def['element'] as z.ZodType, options, `${key}[]`);
      return fc.array(element, { minLength: min, maxLength: Math.min(max, Math.max(min, 4)) });
    }
    case 'record':
      return fc.dictionary(
        arbitraryFor(def['keyType'] as z.ZodType, options) as fc.Arbitrary<string>,
        arbitraryFor(def['valueType'] as z.ZodType, options),
        { maxKeys: 12 },
      );
    case 'enum':
      return fc.constantFrom(...Object.values(def['entries'] as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def['values'] as unknown[]));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return walk(def['innerType'] as z.ZodType, options, key);
    case 'pipe':
      return walk(def['in'] as z.ZodType, options, key);
    case 'union':
      return fc.oneof(
        ...(def['options'] as z.ZodType[]).map((option) => walk(option, options, key)),
      );
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function objectArbitrary(def: Def, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const shape = def['shape'] as Record<string, z.ZodType>;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, arbitraryFor(field, options, key)]),
  );
  const requiredKeys = Object.entries(shape)
    .filter(([, field]) => (field.def as unknown as Def).type !== 'optional')
    .map(([key]) => key);
  return fc.record(fields, { requiredKeys });
}

function stringArbitrary(checks: Check[], options: SchemaArbitraryOptions): fc.Arbitrary<string> {
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 64;
  const format = checks.find((c) => c.check === 'string_format');
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (format?.format === 'url') return options.url;
  if (format?.format === 'regex' && format.pattern) {
    return fc.stringMatching(format.pattern).filter(fits);
  }
  const short = fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 24)) });
  // Right at the limit, where off-by-one bugs live.
  const atLimit = fc.constant('x'.repeat(max));
  return fc.oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: atLimit });
}

function numberArbitrary(checks: Check[]): fc.Arbitrary<number> {
  const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1000;
  const max = checks.find((c) => c.check === 'less_than')?.value ?? 1000;
  const integer = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}
