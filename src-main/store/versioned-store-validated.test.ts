/**
 * The ledger's fast path through the versioned store: a compaction writes a document it has
 * already validated entry by entry (`writeValidated`), and start-up reads it without a copy
 * (`sharedReads`). Both keep the store's rules: memory changes only after the file has, and a
 * file that still has to be copied aside is never replaced.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryJsonBackend } from './memory-backend';
import { openVersionedStore } from './versioned-store';

const schema = z.object({ items: z.array(z.object({ name: z.string() })) });
type Doc = z.infer<typeof schema>;
const saved = (items: string[]) =>
  JSON.stringify({ version: 1, data: { items: items.map((name) => ({ name })) } });

function open(backend: MemoryJsonBackend, sharedReads = false) {
  return openVersionedStore<Doc>({
    backend,
    label: 'items',
    version: 1,
    schema,
    defaults: () => ({ items: [] }),
    notify: () => undefined,
    sharedReads,
  });
}

describe('writeValidated', () => {
  it('writes the envelope and holds the value itself', () => {
    const backend = new MemoryJsonBackend();
    const store = open(backend, true);
    const doc = Object.freeze({ items: [Object.freeze({ name: 'a' })] });
    store.writeValidated(doc);
    expect(backend.text).toBe(saved(['a']));
    expect(store.read()).toBe(doc);
    expect(open(backend).read()).toEqual({ items: [{ name: 'a' }] });
  });

  it('changes nothing in memory when the disk refuses it, and says why', () => {
    const backend = new MemoryJsonBackend(saved(['kept']));
    const store = open(backend);
    backend.failWith('ENOSPC');
    expect(() => store.writeValidated({ items: [{ name: 'lost' }] })).toThrow(
      expect.objectContaining({
        code: 'storage_unavailable',
        message: expect.stringMatching(/disk is full/),
      }),
    );
    expect(store.read()).toEqual({ items: [{ name: 'kept' }] });
    expect(backend.text).toBe(saved(['kept']));
  });

  it('never replaces a damaged file that could not be copied aside yet', () => {
    const corrupt = '{"version": 1, "data": {"items": [';
    const backend = new MemoryJsonBackend(corrupt);
    backend.failWith('EROFS');
    const store = open(backend);
    expect(() => store.writeValidated({ items: [{ name: 'new' }] })).toThrow(
      expect.objectContaining({ code: 'storage_unavailable' }),
    );
    expect(backend.text).toBe(corrupt);
    backend.failWith(null);
    store.writeValidated({ items: [{ name: 'new' }] });
    expect(backend.backups).toEqual([{ reason: 'corrupt', text: corrupt }]);
    expect(backend.text).toBe(saved(['new']));
  });
});

describe('sharedReads', () => {
  it('reads the held value without a copy; without it, every read is a copy', () => {
    const backend = new MemoryJsonBackend(saved(['a']));
    const shared = open(backend, true);
    expect(shared.read()).toBe(shared.read());
    const copied = open(backend);
    expect(copied.read()).not.toBe(copied.read());
    expect(copied.read()).toEqual(shared.read());
  });
});
