/**
 * Persistence for non-secret settings, behind a tiny interface: the Electron build uses
 * electron-store, tests and the harness use `conf` (electron-store's base) on a temp folder.
 */

/** A JSON document store: read the whole document, write the whole document. */
export interface DocumentStore<T> {
  read(): T;
  write(value: T): void;
}

/** An in-memory {@link DocumentStore}, for unit tests. */
export class MemoryDocumentStore<T> implements DocumentStore<T> {
  constructor(private value: T) {}
  read(): T {
    return structuredClone(this.value);
  }
  write(value: T): void {
    this.value = structuredClone(value);
  }
}
