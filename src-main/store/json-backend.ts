/**
 * Raw access to one JSON settings file, below schema validation and migrations, so a corrupt
 * file can be recognised, copied aside and replaced instead of crashing the app.
 *
 * This is the layer every persisted document builds on (profiles, saved connections, window
 * state, and later sessions and the ledger), through `openVersionedStore`. Its guarantees:
 * - `write` is atomic and durable: a temp file is written, fsynced and renamed over the file,
 *   so after a crash or a failed write the file holds the old content or the new, never a mix.
 * - Nothing is ever deleted or moved: `backup` copies. The original stays where it is until a
 *   successful `write` replaces it, so a failure between "backup" and "write" loses nothing.
 * - Failures are thrown as Node's own errors (`code` ENOSPC, EROFS, EACCES, ...);
 *   `storage-failure.ts` turns them into messages for people.
 */

/** One named JSON file. */
export interface JsonBackend {
  /** The file's path (or a description of where it lives), for messages. */
  readonly path: string;
  /**
   * The parsed content; `undefined` when the file does not exist. Throws a `SyntaxError` when
   * it is not JSON, or a Node error with a `code` when it cannot be read.
   */
  read(): unknown;
  /** Replaces the whole content atomically (see above). Throws and leaves the old content. */
  write(value: unknown): void;
  /**
   * Copies the current file aside (e.g. `connections.corrupt-<time>.json`), durably, and
   * returns the copy's path. Throws (e.g. ENOSPC) and changes nothing when it cannot.
   */
  backup(reason: string): string;
}

/** Opens the backend for a named file (e.g. 'profiles', 'connections'). */
export type OpenJsonBackend = (name: string) => JsonBackend;
