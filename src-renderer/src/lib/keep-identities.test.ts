import { describe, expect, it } from 'vitest';
import { keepIdentities, sameJson } from './keep-identities';

describe('sameJson', () => {
  it('compares JSON data deeply', () => {
    expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('keepIdentities', () => {
  const a = { id: 'a', status: 'active', tags: { x: '1' } };
  const b = { id: 'b', status: 'active', tags: { x: '2' } };

  it('keeps the old object for an unchanged item and takes the new one for a changed item', () => {
    const next = [
      { id: 'c', status: 'active', tags: {} },
      structuredClone(a),
      { ...b, status: 'revoked' },
    ];
    const merged = keepIdentities([a, b], next);
    expect(merged[0]).toBe(next[0]);
    expect(merged[1]).toBe(a);
    expect(merged[2]).toBe(next[2]);
  });

  it('returns the previous array itself when nothing changed', () => {
    const previous = [a, b];
    expect(keepIdentities(previous, structuredClone(previous))).toBe(previous);
  });

  it('notices a removal or a new order', () => {
    expect(keepIdentities([a, b], [structuredClone(a)])).toEqual([a]);
    const swapped = keepIdentities([a, b], [structuredClone(b), structuredClone(a)]);
    expect(swapped[0]).toBe(b);
    expect(swapped[1]).toBe(a);
  });
});
