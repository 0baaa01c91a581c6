/**
 * Issue 10 items 6 and 7: a failed write changes nothing anyone can see and says why; a damaged
 * file that cannot be copied aside (full or read-only disk) is never lost and never fatal.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppFailure } from '../errors/app-failure';
import { MemoryJsonBackend } from './memory-backend';
import { openVersionedStore } from './versioned-store';

const schema = z.object({ items: z.array(z.object({ name: z.string() })) });
type Doc = z.infer<typeof schema>;

function open(backend: MemoryJsonBackend) {
  const notices: { level: string; message: string }[] = [];
  const store = openVersionedStore<Doc>({
    backend,
    label: 'items',
    version: 2,
    schema,
    defaults: () => ({ items: [] }),
    migrations: {
      1: (data) => ({ items: (data as { names: string[] }).names.map((name) => ({ name })) }),
    },
    notify: (level, message) => notices.push({ level, message }),
  });
  return { store, notices };
}

const saved = (items: string[]) =>
  JSON.stringify({ version: 2, data: { items: items.map((name) => ({ name })) } });

function failureOf(run: () => void): AppFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('a failed write', () => {
  it.each([
    [
      'ENOSPC',
      /^The disk is full, so your items could not be saved; nothing was changed\. Free some disk space/,
    ],
    ['EDQUOT', /^The disk is full/],
    [
      'EROFS',
      /^Handoff cannot write to its data folder \(memory:\/data\): it is read-only or not allowed, so your items could not be saved/,
    ],
    ['EACCES', /^Handoff cannot write to its data folder/],
    ['EPERM', /^Handoff cannot write to its data folder/],
    ['EIO', /^The disk reported an error \(EIO\), so your items could not be saved/],
  ])('with %s is storage_unavailable, says why, and commits nothing', (code, message) => {
    const backend = new MemoryJsonBackend(saved(['kept']));
    const { store } = open(backend);
    backend.failWith(code);
    const failure = failureOf(() => store.write({ items: [{ name: 'lost' }] }));
    expect(failure.code).toBe('storage_unavailable');
    expect(failure.message).toMatch(message);
    expect(store.read()).toEqual({ items: [{ name: 'kept' }] });
    expect(backend.text).toBe(saved(['kept']));
    // Once the disk is fine again, the same write goes through.
    backend.failWith(null);
    store.write({ items: [{ name: 'now' }] });
    expect(store.read()).toEqual({ items: [{ name: 'now' }] });
  });

  it('keeps a bug a bug: a non-disk error is rethrown as it is', () => {
    const backend = new MemoryJsonBackend();
    const { store } = open(backend);
    backend.write = () => {
      throw new TypeError('boom');
    };
    expect(() => store.write({ items: [] })).toThrow(TypeError);
  });

  it('refuses a document that fails its schema, before the disk and the cache', () => {
    const backend = new MemoryJsonBackend(saved(['kept']));
    const { store } = open(backend);
    expect(() => store.write({ items: [{ name: undefined as unknown as string }] })).toThrow(
      /fail their schema/,
    );
    expect(store.read()).toEqual({ items: [{ name: 'kept' }] });
    expect(backend.text).toBe(saved(['kept']));
  });
});

describe('a damaged file on a disk that refuses the copy', () => {
  it.each([
    ['EROFS', /cannot write to its data folder/, /Make Handoff's data folder writable/],
    ['ENOSPC', /the disk is full/, /Free some disk space/],
  ])(
    '(%s) starts degraded and read-only, explains it, and never loses the file',
    (code, cause, remedy) => {
      const corrupt = '{"version": 2, "data": {"items": [';
      const backend = new MemoryJsonBackend(corrupt);
      backend.failWith(code);
      const { store, notices } = open(backend);

      expect(store.read()).toEqual({ items: [] });
      expect(notices).toHaveLength(1);
      expect(notices[0]?.level).toBe('warning');
      expect(notices[0]?.message).toMatch(/damaged/);
      expect(notices[0]?.message).toMatch(cause);
      expect(notices[0]?.message).toMatch(/left untouched at memory:\/data\/store\.json/);
      expect(notices[0]?.message).toMatch(/read-only/);
      expect(notices[0]?.message).toMatch(remedy);

      // Read-only: a write is refused rather than overwriting the only copy of the file.
      const refused = failureOf(() => store.write({ items: [{ name: 'new' }] }));
      expect(refused.code).toBe('storage_unavailable');
      expect(refused.message).toMatch(/must first keep a copy of your items file/);
      expect(backend.text).toBe(corrupt);
      expect(backend.backups).toEqual([]);

      // Space freed in the same run: the copy is made first, the user told, then the write.
      backend.failWith(null);
      store.write({ items: [{ name: 'new' }] });
      expect(backend.backups).toEqual([{ reason: 'corrupt', text: corrupt }]);
      expect(notices[1]?.message).toMatch(/A copy of your items file was kept at memory:corrupt/);
      expect(store.read()).toEqual({ items: [{ name: 'new' }] });
    },
  );

  it('is found again, and the user told about the copy, on the next start after space is freed', () => {
    const corrupt = '{"version": 2, "data": {"items": [';
    const backend = new MemoryJsonBackend(corrupt);
    backend.failWith('ENOSPC');
    open(backend);
    backend.failWith(null);
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [] });
    expect(backend.backups).toEqual([{ reason: 'corrupt', text: corrupt }]);
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/damaged.*A copy was kept at memory:corrupt/),
    ]);
  });

  it('keeps the original when the copy works but the fresh file cannot be written', () => {
    const corrupt = '{"version": 2';
    const backend = new MemoryJsonBackend(corrupt);
    backend.failWith('ENOSPC', ['write']);
    const { notices } = open(backend);
    expect(backend.text).toBe(corrupt);
    expect(backend.backups).toHaveLength(1);
    expect(notices[0]?.message).toMatch(
      /A copy was kept at .*could not write a fresh file because the disk is full/,
    );
    // Next start: still there, still told.
    backend.failWith(null);
    expect(open(backend).notices[0]?.message).toMatch(/A copy was kept/);
  });

  it('upgrades an old file in memory when its copy cannot be made, and keeps it on disk', () => {
    const original = JSON.stringify({ version: 1, data: { names: ['x'] } });
    const backend = new MemoryJsonBackend(original);
    backend.failWith('EROFS');
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [{ name: 'x' }] });
    expect(backend.text).toBe(original);
    expect(notices[0]?.message).toMatch(/upgraded.*could not be copied aside/);
  });

  it('never replaces a file it cannot read', () => {
    const backend = new MemoryJsonBackend(saved(['mine']));
    backend.failWith('EACCES', ['read']);
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [] });
    expect(notices[0]?.message).toMatch(/cannot read your items file \(EACCES\)/);
    backend.failWith(null);
    const refused = failureOf(() => store.write({ items: [] }));
    expect(refused.code).toBe('storage_unavailable');
    expect(backend.text).toBe(saved(['mine']));
  });
});
