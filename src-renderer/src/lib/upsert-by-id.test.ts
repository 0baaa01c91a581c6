import { describe, expect, it } from 'vitest';
import { upsertById } from './upsert-by-id';

const a = { id: 'a', v: 1 };
const b = { id: 'b', v: 1 };

describe('upsertById', () => {
  it('replaces the entry with the same id, in place', () => {
    const items = [a, b];
    const next = upsertById(items, { id: 'a', v: 2 });
    expect(next).toEqual([{ id: 'a', v: 2 }, b]);
    expect(items).toEqual([a, b]);
  });

  it('adds a new entry at the end, or at the start for newest-first lists', () => {
    expect(upsertById([a], b)).toEqual([a, b]);
    expect(upsertById([a], b, 'start')).toEqual([b, a]);
  });
});
