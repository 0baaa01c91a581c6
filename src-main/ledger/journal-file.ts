/**
 * The ledger's journal file: JSON lines appended next to its snapshot (`ledger.json`), one per
 * change, each on disk (fsync) before the change is seen. Appending costs the size of the change,
 * where rewriting the snapshot costs the whole history.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { copyDurably, syncFolder, writeFileAtomic } from '../store/atomic-file';

/** One append-only text file. Failures are thrown as Node's own errors (`code` ENOSPC, ...). */
export interface JournalFile {
  /** Where it lives, for messages. */
  readonly path: string;
  /** The whole text; `undefined` when there is no journal yet. */
  read(): string | undefined;
  /** Appends `text` durably (written and fsynced before it returns). */
  append(text: string): void;
  /** Cuts it to its first `bytes` bytes, durably (drops a torn last line before appending). */
  truncate(bytes: number): void;
  /** Empties it atomically (after a compaction has put everything in the snapshot). */
  reset(): void;
  /** Copies it aside durably, returning the copy's path; throws and changes nothing if it cannot. */
  backup(reason: string): string;
}

/** The journal at `path` on the real file system. */
export function openFileJournal(path: string): JournalFile {
  let folderSynced = false;
  return {
    path,
    read: () => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    append(text) {
      const created = !existsSync(path);
      const fd = openSync(path, 'a', 0o600);
      try {
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // A new file's name is durable only once its folder is synced.
      if (created || !folderSynced) syncFolder(dirname(path));
      folderSynced = true;
    },
    truncate(bytes) {
      const fd = openSync(path, 'r+');
      try {
        ftruncateSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    reset: () => writeFileAtomic(path, ''),
    backup(reason) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const target = join(dirname(path), `${basename(path, '.jsonl')}.${reason}-${stamp}.jsonl`);
      copyDurably(path, target);
      return target;
    },
  };
}
