/**
 * A data folder that can really be made read-only (and, as root, really filled up), for tests
 * that must see the operating system's own EROFS / EACCES / ENOSPC rather than a simulation.
 * As a normal user, chmod does it; as root (whom chmod does not stop) a small tmpfs is mounted
 * and remounted read-only. Where neither works, `openRealDisk` returns null and tests fall
 * back to a simulated fault (faulty-backend.ts).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A folder whose writability a test controls. */
export interface RealDisk {
  dir: string;
  /** 'chmod' (permission denied: EACCES) or 'tmpfs' (read-only file system: EROFS). */
  kind: 'chmod' | 'tmpfs';
  makeReadOnly(): void;
  makeWritable(): void;
  /** Fills the disk and frees it again (tmpfs only); undefined where that is not possible. */
  fill?: () => void;
  free?: () => void;
  dispose(): void;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Opens a fresh folder, or null when this machine cannot make one read-only for real. */
export function openRealDisk(): RealDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-disk-'));
  if (!isRoot()) {
    return {
      dir,
      kind: 'chmod',
      makeReadOnly: () => chmodSync(dir, 0o555),
      makeWritable: () => chmodSync(dir, 0o755),
      dispose: () => {
        chmodSync(dir, 0o755);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'ignore' });
  try {
    mount('-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    kind: 'tmpfs',
    makeReadOnly: () => mount('-o', 'remount,ro', dir),
    makeWritable: () => mount('-o', 'remount,rw', dir),
    fill: () => {
      try {
        writeFileSync(join(dir, 'filler.bin'), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC once the tmpfs is full, which is the point; what fitted stays.
      }
    },
    free: () => rmSync(join(dir, 'filler.bin'), { force: true }),
    dispose: () => {
      try {
        execFileSync('umount', [dir], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
