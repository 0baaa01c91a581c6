/**
 * Persistence for non-secret settings, behind a tiny interface. Every store (profiles, saved
 * connections, ledger, window state, ...) is one versioned-store.ts over a JsonBackend:
 * electron-store in the app, `conf` (electron-store's base) on a temp folder in tests and the
 * harness.
 */

/** A JSON document store: read the whole document, write the whole document. */
export interface DocumentStore<T> {
  read(): T;
  write(value: T): void;
}
