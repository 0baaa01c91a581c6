/**
 * fast-check arbitraries for what a compromised renderer could send: wrong types, missing,
 * extra and `undefined` fields, huge strings, deep nesting, `__proto__` / `constructor` keys,
 * NaN and Infinity, Maps, Dates, BigInts, typed arrays (all of which structured clone carries).
 */
import fc from 'fast-check';

/** One megabyte, built once and shared, so thousands of runs cost no memory. */
const HUGE = 'x'.repeat(1_000_000);

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}
const DEEP_OBJECT = nested(5_000, (inner) => ({ a: inner }));
const DEEP_ARRAY = nested(5_000, (inner) => [inner]);

/** Keys that mean something to JavaScript objects, plus the contract's own field names. */
export const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
  'id',
  'profileId',
  'tags',
  '',
);

/** Any single value, weighted towards the ones parsers trip over. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      '',
      ' ',
      '\u0000',
      HUGE,
      DEEP_OBJECT,
      DEEP_ARRAY,
      [],
      {},
      true,
      Number.MAX_SAFE_INTEGER + 2,
      'https://evil.example',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      key: fc.oneof(fc.string({ maxLength: 8 }), nastyKey),
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
);

/** An own `__proto__` property (as JSON.parse or a computed key makes), not a prototype. */
const withOwnProto = (value: Record<string, unknown>, payload: unknown) => ({
  ...value,
  ['__proto__']: payload,
});

/** A payload derived from a valid-looking one by one hostile change. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), oddValue, nastyKey, fc.nat({ max: 8 }))
    .map(([value, pick, odd, key, kind]) => {
      const object =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      const keys = Object.keys(object);
      const chosen = keys.length > 0 ? keys[pick % keys.length]! : key;
      switch (kind) {
        case 0: {
          // A missing field.
          const { [chosen]: _gone, ...rest } = object;
          return rest;
        }
        case 1:
          // An explicit undefined.
          return { ...object, [chosen]: undefined };
        case 2:
          // A wrong type or a hostile value in a real field.
          return { ...object, [chosen]: odd };
        case 3:
          // An extra field, often a nasty one.
          return { ...object, [key || 'extra']: odd };
        case 4:
          return withOwnProto(object, { id: 'polluted', admin: true, isMainFrame: true });
        case 5:
          return Object.assign(Object.create(null) as object, object, { constructor: odd });
        case 6:
          // The right payload, wrapped or serialised: still not the right shape.
          return pick % 2 ? [object] : JSON.stringify(object);
        case 7:
          return { ...object, [chosen]: { [chosen]: object } };
        default:
          return { ...object, [chosen]: HUGE };
      }
    });
}
