/**
 * A schema-validated, versioned JSON document with migrations. A file that is corrupt, from a
 * newer version, or fails validation is copied aside (never overwritten in place) and the user
 * is told; whatever can be salvaged is kept.
 *
 * Writes commit to memory only once the backend has written the file: a failed save (full or
 * read-only disk) changes nothing anyone can see, and says why. When the original could not be
 * copied aside at start-up (the same full or read-only disk), the store starts in a degraded,
 * read-only state: it shows what it could load, refuses to overwrite the original, and retries
 * the copy before the first write, so the damaged file is never lost and the next start still
 * finds it (and tells the user again).
 */
import type { z } from 'zod';
import { AppFailure } from '../errors/app-failure';
import type { JsonBackend } from './json-backend';
import type { DocumentStore } from './settings-store';
import { describeDiskProblem, diskRemedy, errnoCode, saveFailure } from './storage-failure';

/** Upgrades version N's data to version N+1. */
export type Migration = (data: unknown) => unknown;

/** What a salvage kept, and how many rows it had to repair or leave out. */
export interface Salvaged<T> {
  value: T;
  repaired: number;
  dropped: number;
}

/** How to open one document. */
export interface VersionedStoreOptions<T> {
  backend: JsonBackend;
  /** Human name for notices ("saved connections"). */
  label: string;
  version: number;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** migrations[n] turns version n into n + 1. */
  migrations?: Record<number, Migration>;
  /**
   * Keeps what is still valid of data that fails the schema: repairs rows whose damage is
   * in a field with a safe fallback, drops only rows that cannot be repaired (see
   * salvage-rows.ts). Undefined when nothing can be kept.
   */
  salvage?: (data: unknown) => Salvaged<T> | undefined;
  /** Tells the user something happened to their file. */
  notify: (level: 'info' | 'warning', message: string) => void;
  /**
   * `read()` returns the held value itself instead of a copy: for a caller that never changes
   * what it reads in place (the ledger, which freezes its entries and reads once at start-up).
   */
  sharedReads?: boolean;
}

interface Envelope {
  version: number;
  data: unknown;
}

const isEnvelope = (raw: unknown): raw is Envelope =>
  typeof raw === 'object' &&
  raw !== null &&
  typeof (raw as Envelope).version === 'number' &&
  'data' in raw;

/** A copy of the original file that still has to be made before anything may replace it. */
interface PendingBackup {
  reason: string;
  /** What the file was, for the notice once the copy is made ("damaged profiles file"). */
  what: string;
}

/** A versioned document. */
export interface VersionedStore<T> extends DocumentStore<T> {
  /**
   * Throws `storage_unavailable` when a write would be refused (the original still has to be
   * copied aside, or could not be read), so a journal beside the file obeys the same rule.
   */
  ensureWritable(): void;
  /**
   * Replaces the file with `value` that already passed the schema piece by piece and is never
   * changed in place (the ledger validates each entry on its way in and freezes it): skips the
   * whole-document validation and the defensive copy, which at 10,000 ledger entries cost more
   * than writing the file. Same failure rules as `write`.
   */
  writeValidated(value: T): void;
}

/** Opens a versioned document; opening and reading never throw. */
export function openVersionedStore<T>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  const { backend, label, version, schema, notify } = options;
  let pending: PendingBackup | null = null;
  /** Set when the file could not even be read: it is never replaced in this run. */
  let unreadable: string | null = null;
  let current = load();

  /** Copies the original aside; on failure, remembers to retry and says what that means. */
  function backupOrDefer(reason: string, what: string): { path: string } | { problem: string } {
    try {
      return { path: backend.backup(reason) };
    } catch (error) {
      pending = { reason, what };
      const code = errnoCode(error) ?? 'EIO';
      return {
        problem:
          `It could not be copied aside because ${describeDiskProblem(code, backend.path)}, ` +
          `so it was left untouched at ${backend.path} and your ${label} are read-only until ` +
          `it can be. ${diskRemedy(code)}, then restart Handoff.`,
      };
    }
  }

  function recover(
    reason: string,
    message: string,
    { data, afresh = false }: { data?: unknown; afresh?: boolean } = {},
  ): T {
    const salvaged = data === undefined ? undefined : options.salvage?.(data);
    const value = salvaged?.value ?? options.defaults();
    const backup = backupOrDefer(reason, `${label} file`);
    if ('problem' in backup) {
      notify('warning', `${message} ${backup.problem}${describeSalvage(salvaged)}`);
      return value;
    }
    let unsaved = '';
    try {
      backend.write({ version, data: value });
    } catch (error) {
      // The original is still in place and a copy exists: the next start finds it again.
      const code = errnoCode(error) ?? 'EIO';
      unsaved = ` Handoff could not write a fresh file because ${describeDiskProblem(code, backend.path)}.`;
    }
    const fresh = afresh ? ' Handoff started it afresh.' : '';
    notify(
      'warning',
      `${message}${fresh} A copy was kept at ${backup.path}.${describeSalvage(salvaged)}${unsaved}`,
    );
    return value;
  }

  function load(): T {
    let raw: unknown;
    try {
      raw = backend.read();
    } catch (error) {
      const code = errnoCode(error);
      if (code && code !== 'ENOENT') {
        unreadable = code;
        notify(
          'warning',
          `Handoff cannot read your ${label} file (${code}), so it started without them and ` +
            `will not replace the file. Check ${backend.path}, then restart Handoff.`,
        );
        return options.defaults();
      }
      return recover('corrupt', `Your ${label} file was damaged and could not be read.`, {
        afresh: true,
      });
    }
    if (raw === undefined) return options.defaults();
    if (!isEnvelope(raw))
      return recover('invalid', `Your ${label} file was not in a format Handoff knows.`);
    if (raw.version > version) {
      return recover(
        'newer',
        `Your ${label} file was written by a newer Handoff (version ${raw.version}).`,
      );
    }
    let data = raw.data;
    const migrating = raw.version < version;
    if (migrating) {
      for (let v = raw.version; v < version; v++) {
        const migrate = options.migrations?.[v];
        if (!migrate)
          return recover(
            'unmigratable',
            `Your ${label} file (version ${raw.version}) could not be upgraded.`,
            { data },
          );
        data = migrate(data);
      }
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      return recover('invalid', `Some of your ${label} failed validation.`, { data });
    if (migrating) upgrade(raw.version, parsed.data);
    return parsed.data;
  }

  /** Keeps the old version's file, then writes the upgraded one; either may have to wait. */
  function upgrade(from: number, value: T): void {
    const backup = backupOrDefer(`v${from}`, `version ${from} ${label} file`);
    if ('problem' in backup) {
      notify('warning', `Your ${label} were upgraded to the current format. ${backup.problem}`);
      return;
    }
    try {
      backend.write({ version, data: value });
    } catch {
      // The old file is still in place (and copied): the next start upgrades it again.
    }
    notify('info', `Your ${label} were upgraded to the current format.`);
  }

  /** Makes the deferred copy of the original, or refuses the write that would replace it. */
  function settlePending(): void {
    if (unreadable) {
      throw new AppFailure(
        'storage_unavailable',
        `Handoff cannot read your ${label} file (${unreadable}), so it will not replace it: nothing was changed. Check ${backend.path}, then restart Handoff.`,
      );
    }
    if (!pending) return;
    let path: string;
    try {
      path = backend.backup(pending.reason);
    } catch (error) {
      const code = errnoCode(error) ?? 'EIO';
      throw new AppFailure(
        'storage_unavailable',
        `Your ${label} cannot be saved: Handoff must first keep a copy of your ${pending.what}, and ${describeDiskProblem(code, backend.path)}. Nothing was changed. ${diskRemedy(code)} and try again.`,
      );
    }
    notify('info', `A copy of your ${pending.what} was kept at ${path}.`);
    pending = null;
  }

  /** Writes what is already valid; memory changes only once the file has. */
  function replace(valid: T, keep: T): void {
    settlePending();
    try {
      backend.write({ version, data: valid });
    } catch (error) {
      throw saveFailure(error, label, backend.path);
    }
    // Only now does the app see the change.
    current = keep;
  }

  return {
    ensureWritable: settlePending,
    read: () => (options.sharedReads ? current : structuredClone(current)),
    write(value) {
      // Validated on the way in: a row that would fail on the next start never reaches disk.
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`Refused to save ${label} that fail their schema`);
      replace(parsed.data, structuredClone(parsed.data));
    },
    writeValidated: (value) => replace(value, value),
  };
}

function describeSalvage(salvaged: Salvaged<unknown> | undefined): string {
  if (!salvaged) return '';
  const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const repaired = salvaged.repaired
    ? ` ${entries(salvaged.repaired)} had a damaged field and ${salvaged.repaired === 1 ? 'was' : 'were'} repaired with a default: check ${salvaged.repaired === 1 ? 'it' : 'them'}.`
    : '';
  const dropped = salvaged.dropped
    ? ` ${entries(salvaged.dropped)} could not be read and ${salvaged.dropped === 1 ? 'was' : 'were'} left out.`
    : '';
  return ` Valid entries were kept.${repaired}${dropped}`;
}
