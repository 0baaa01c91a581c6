/**
 * Raw access to one JSON settings file, below schema validation and migrations, so a corrupt
 * file can be recognised, backed up and replaced instead of crashing the app.
 */

/** One named JSON file. */
export interface JsonBackend {
  /** The parsed content; `undefined` when the file does not exist. Throws when it is not JSON. */
  read(): unknown;
  /** Replaces the whole content. */
  write(value: unknown): void;
  /** Moves the current file aside (e.g. `connections.corrupt-<time>.json`); returns its path. */
  backup(reason: string): string;
}

/** Opens the backend for a named file (e.g. 'profiles', 'connections'). */
export type OpenJsonBackend = (name: string) => JsonBackend;
