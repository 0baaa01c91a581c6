/**
 * A schema-validated, versioned JSON document with migrations. A file that is corrupt, from a
 * newer version, or fails validation is backed up (never overwritten in place) and the user is
 * told; whatever can be salvaged is kept.
 */
import type { z } from 'zod';
import type { JsonBackend } from './json-backend';
import type { DocumentStore } from './settings-store';

/** Upgrades version N's data to version N+1. */
export type Migration = (data: unknown) => unknown;

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
}

/** What a salvage kept, and how many rows it had to repair or leave out. */
export interface Salvaged<T> {
  value: T;
  repaired: number;
  dropped: number;
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

/** Opens a versioned document; reading never throws. */
export function openVersionedStore<T>(options: VersionedStoreOptions<T>): DocumentStore<T> {
  const { backend, label, version, schema, notify } = options;
  let current = load();

  function recover(reason: string, message: string, data?: unknown): T {
    const path = backend.backup(reason);
    const salvaged = data === undefined ? undefined : options.salvage?.(data);
    notify('warning', `${message} A copy was kept at ${path}.${describeSalvage(salvaged)}`);
    const value = salvaged?.value ?? options.defaults();
    backend.write({ version, data: value });
    return value;
  }

  function load(): T {
    let raw: unknown;
    try {
      raw = backend.read();
    } catch {
      return recover(
        'corrupt',
        `Your ${label} file was damaged and could not be read; Handoff started it afresh.`,
      );
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
    if (raw.version < version) {
      backend.backup(`v${raw.version}`);
      for (let v = raw.version; v < version; v++) {
        const migrate = options.migrations?.[v];
        if (!migrate)
          return recover(
            'unmigratable',
            `Your ${label} file (version ${raw.version}) could not be upgraded.`,
            data,
          );
        data = migrate(data);
      }
      notify('info', `Your ${label} were upgraded to the current format.`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      return recover('invalid', `Some of your ${label} failed validation.`, data);
    if (raw.version < version) backend.write({ version, data: parsed.data });
    return parsed.data;
  }

  return {
    read: () => structuredClone(current),
    write(value) {
      current = structuredClone(value);
      backend.write({ version, data: value });
    },
  };
}

function describeSalvage(salvaged: Salvaged<unknown> | undefined): string {
  if (!salvaged) return '';
  const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const repaired = salvaged.repaired
    ? ` ${entries(salvaged.repaired)} had a damaged field and ${salvaged.repaired === 1 ? 'was' : 'were'} repaired with a default: check ${salvaged.repaired === 1 ? 'it' : 'them'}.`
    : '';
  const dropped = salvaged.dropped
    ? ` ${entries(salvaged.dropped)} could not be read and ${salvaged.dropped === 1 ? 'is' : 'are'} only in the copy.`
    : '';
  return ` Valid entries were kept.${repaired}${dropped}`;
}
