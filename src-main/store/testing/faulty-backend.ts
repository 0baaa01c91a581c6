/**
 * Wraps a real JsonBackend so tests can make it fail like a full or read-only disk, where a
 * real one cannot be had (tests running as root write through chmod).
 */
import type { JsonBackend } from '../json-backend';
import { errnoError, type BackendOp } from '../memory-backend';

/** A backend plus its fault switch. */
export interface FaultyBackend {
  backend: JsonBackend;
  /** Makes `ops` throw a Node error with `code` (null clears). */
  failWith(code: string | null, ops?: BackendOp[]): void;
}

/** Wraps `inner`; faults are off until `failWith` is called. */
export function faultyBackend(inner: JsonBackend): FaultyBackend {
  let fault: { code: string; ops: BackendOp[] } | null = null;
  const check = (op: BackendOp) => {
    if (fault?.ops.includes(op)) throw errnoError(fault.code, op);
  };
  return {
    backend: {
      path: inner.path,
      read: () => (check('read'), inner.read()),
      write: (value) => (check('write'), inner.write(value)),
      backup: (reason) => (check('backup'), inner.backup(reason)),
    },
    failWith(code, ops = ['write', 'backup']) {
      fault = code === null ? null : { code, ops };
    },
  };
}
