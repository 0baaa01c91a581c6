/**
 * The guarantees json-backend.ts promises the layers above it (sessions and the ledger will
 * rely on them too), checked on real files: a write that fails leaves the old content byte for
 * byte, a backup is a copy (the original stays), and nothing half-written is left behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfBackend, type ConfClass } from './conf-backend';
import { openRealDisk, type RealDisk } from './testing/real-disk';

let disk: RealDisk | null = null;
afterEach(() => {
  disk?.dispose();
  disk = null;
});

const backend = (dir: string) =>
  createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name: 'ledger' });
const doc = (n: number) => ({ version: 1, data: { rows: Array.from({ length: n }, (_, i) => i) } });

describe('conf backend on a real disk', () => {
  it('backs up by copying: the original stays until a write replaces it', (ctx) => {
    disk = openRealDisk();
    if (!disk) return ctx.skip();
    const b = backend(disk.dir);
    b.write(doc(2));
    const before = readFileSync(b.path, 'utf8');
    const copy = b.backup('corrupt');
    expect(readFileSync(b.path, 'utf8')).toBe(before);
    expect(readFileSync(copy, 'utf8')).toBe(before);
  });

  it('a write to a full disk throws ENOSPC and leaves the old file intact, with no temp file', async (ctx) => {
    disk = openRealDisk();
    if (!disk?.fill || !disk.free) return ctx.skip();
    const b = backend(disk.dir);
    b.write(doc(3));
    const before = readFileSync(b.path, 'utf8');
    disk.fill();
    expect(() => b.write(doc(50_000))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readFileSync(b.path, 'utf8')).toBe(before);
    // atomically unlinks its half-written temp file asynchronously, right after the failure.
    const dir = disk.dir;
    await vi.waitFor(() => expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]));
    disk.free();
    b.write(doc(4));
    expect(JSON.parse(readFileSync(join(disk.dir, 'ledger.json'), 'utf8'))).toEqual(doc(4));
  });

  it('a write to a read-only folder throws and leaves the old file intact', (ctx) => {
    disk = openRealDisk();
    if (!disk) return ctx.skip();
    const b = backend(disk.dir);
    b.write(doc(1));
    const before = readFileSync(b.path, 'utf8');
    disk.makeReadOnly();
    expect(() => b.write(doc(2))).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^(EROFS|EACCES)$/) }),
    );
    expect(() => b.backup('corrupt')).toThrow();
    disk.makeWritable();
    expect(readFileSync(b.path, 'utf8')).toBe(before);
  });
});
