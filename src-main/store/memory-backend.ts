/**
 * An in-memory JsonBackend for unit tests: holds raw text so tests can plant corrupt files.
 */
import type { JsonBackend } from './json-backend';

/** A JsonBackend whose "file" is a string. */
export class MemoryJsonBackend implements JsonBackend {
  readonly backups: { reason: string; text: string }[] = [];
  constructor(public text: string | undefined = undefined) {}
  read(): unknown {
    return this.text === undefined ? undefined : JSON.parse(this.text);
  }
  write(value: unknown): void {
    this.text = JSON.stringify(value);
  }
  backup(reason: string): string {
    this.backups.push({ reason, text: this.text ?? '' });
    this.text = undefined;
    return `memory:${reason}`;
  }
}
