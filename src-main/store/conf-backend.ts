/**
 * A JsonBackend over `conf` or `electron-store` (which extends conf): the same class of file in
 * the app and in tests. Opened with `clearInvalidConfig: false` so a corrupt file is reported
 * (and backed up by the versioned store) instead of silently wiped.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonBackend } from './json-backend';

/** What we use of a conf / electron-store instance. */
export interface ConfLike {
  store: Record<string, unknown>;
}

/** A conf or electron-store class. */
export type ConfClass = new (options: {
  cwd: string;
  name: string;
  configName: string;
  clearInvalidConfig: boolean;
}) => ConfLike;

/** Opens `<cwd>/<name>.json` through `StoreClass`. */
export function createConfBackend(
  StoreClass: ConfClass,
  options: { cwd: string; name: string },
): JsonBackend {
  const path = join(options.cwd, `${options.name}.json`);
  let instance: ConfLike | undefined;
  const open = (): ConfLike => {
    instance ??= new StoreClass({
      cwd: options.cwd,
      name: options.name,
      configName: options.name,
      clearInvalidConfig: false,
    });
    return instance;
  };
  return {
    read() {
      if (!existsSync(path)) return undefined;
      return open().store;
    },
    write(value) {
      open().store = value as Record<string, unknown>;
    },
    backup(reason) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const target = join(options.cwd, `${options.name}.${reason}-${stamp}.json`);
      // Moved, not copied: conf re-reads the file when reopened, and a corrupt one would throw.
      if (existsSync(path)) renameSync(path, target);
      // The old instance (if any) must not be reused: the next write reopens a fresh file.
      instance = undefined;
      return target;
    },
  };
}
