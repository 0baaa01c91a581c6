/**
 * An in-memory JsonBackend for unit tests: holds raw text so tests can plant corrupt files,
 * and can be told to fail like a full or read-only disk.
 */
import type { JsonBackend } from './json-backend';

/** Backend operations a fault can hit. */
export type BackendOp = 'read' | 'write' | 'backup';

/** A Node-style file system error (`code` ENOSPC, EROFS, ...). */
export function errnoError(code: string, op = 'write'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${op}`), { code, syscall: op });
}

/** A JsonBackend whose "file" is a string. */
export class MemoryJsonBackend implements JsonBackend {
  readonly path = 'memory:/data/store.json';
  readonly backups: { reason: string; text: string }[] = [];
  private fault: { code: string; ops: BackendOp[] } | null = null;

  constructor(public text: string | undefined = undefined) {}

  /** Makes the given operations throw a Node error with `code`, until cleared with null. */
  failWith(code: string | null, ops: BackendOp[] = ['write', 'backup']): void {
    this.fault = code === null ? null : { code, ops };
  }

  read(): unknown {
    this.check('read');
    return this.text === undefined ? undefined : JSON.parse(this.text);
  }

  write(value: unknown): void {
    this.check('write');
    this.text = JSON.stringify(value);
  }

  /** Copies, like the real backend: the "file" stays until a write replaces it. */
  backup(reason: string): string {
    this.check('backup');
    this.backups.push({ reason, text: this.text ?? '' });
    return `memory:${reason}`;
  }

  private check(op: BackendOp): void {
    if (this.fault?.ops.includes(op)) throw errnoError(this.fault.code, op);
  }
}
