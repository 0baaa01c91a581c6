/** An in-memory JournalFile for unit tests, which can be told to fail like a full disk. */
import { errnoError } from '../../store/memory-backend';
import type { JournalFile } from '../journal-file';

/** A JournalFile whose "file" is a string. */
export class MemoryJournal implements JournalFile {
  readonly path = 'memory:/data/ledger.journal.jsonl';
  readonly backups: string[] = [];
  private fault: string | null = null;

  constructor(public text: string | undefined = undefined) {}

  /** Makes appends, resets and backups throw a Node error with `code`, until cleared with null. */
  failWith(code: string | null): void {
    this.fault = code;
  }

  read(): string | undefined {
    return this.text;
  }

  append(text: string): void {
    this.check('append');
    this.text = (this.text ?? '') + text;
  }

  truncate(bytes: number): void {
    this.check('truncate');
    this.text = Buffer.from(this.text ?? '', 'utf8')
      .subarray(0, bytes)
      .toString('utf8');
  }

  reset(): void {
    this.check('reset');
    this.text = '';
  }

  backup(reason: string): string {
    this.check('backup');
    this.backups.push(this.text ?? '');
    return `memory:${reason}`;
  }

  private check(op: string): void {
    if (this.fault) throw errnoError(this.fault, op);
  }
}
