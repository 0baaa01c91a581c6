/**
 * A JsonBackend over `conf` or `electron-store` (which extends conf): the same class of file in
 * the app and in tests. conf writes through `atomically` (temp file, fsync, rename), which is
 * where the backend's atomic-write guarantee comes from; backups are durable copies made here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyDurably } from './atomic-file';
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
  const open = (clearInvalidConfig: boolean): ConfLike =>
    new StoreClass({
      cwd: options.cwd,
      name: options.name,
      configName: options.name,
      clearInvalidConfig,
    });
  return {
    path,
    read() {
      if (!existsSync(path)) return undefined;
      // `clearInvalidConfig: false`: a corrupt file is reported (and copied aside by the
      // versioned store) instead of silently wiped.
      instance ??= open(false);
      return instance.store;
    },
    write(value) {
      // Only ever reached for a corrupt file once it has been copied aside: then an instance
      // that treats it as empty may replace it (opening one does not write).
      instance ??= open(true);
      instance.store = value as Record<string, unknown>;
    },
    backup(reason) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const target = join(options.cwd, `${options.name}.${reason}-${stamp}.json`);
      if (existsSync(path)) copyDurably(path, target);
      return target;
    },
  };
}
