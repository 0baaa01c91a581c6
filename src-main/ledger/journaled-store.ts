/**
 * The ledger held in memory over a snapshot (the versioned `ledger.json`) and a journal of the
 * changes since (journal-file.ts). A write appends only what changed (fsynced, before memory
 * sees it), so a create costs the size of one entry, not of the history; the snapshot is
 * rewritten (compacted) later, off the critical path: at start-up when there was a journal,
 * when the journal passes a bound, and after a retention change.
 *
 * Crash safety: a journal line is on disk before the change is visible; a torn last line (an
 * append cut short, never acknowledged) is ignored; a damaged line elsewhere is left out only
 * after the journal was copied aside, and the user is told. Compaction writes the snapshot
 * atomically, then empties the journal; a crash between the two replays a journal the snapshot
 * already holds, which changes nothing (journal-lines.ts).
 */
import type { z } from 'zod';
import type { LedgerEntry, LedgerState } from '../../src-shared/models/ledger';
import type { Notify } from '../store/salvage-rows';
import type { DocumentStore } from '../store/settings-store';
import { describeDiskProblem, diskRemedy, errnoCode, saveFailure } from '../store/storage-failure';
import type { VersionedStore } from '../store/versioned-store';
import type { JournalFile } from './journal-file';
import { applyOps, encodeOps, parseJournal, type JournalOp } from './journal-lines';

/** The ledger's store: the whole document to read, only its changes written. */
export interface LedgerStore extends DocumentStore<LedgerState> {
  /** Rewrites the snapshot with everything and empties the journal; never throws. */
  compact(): void;
  /** Cancels a compaction still waiting (the journal keeps everything until the next start). */
  dispose(): void;
}

/** How to open it. */
export interface JournaledStoreOptions {
  snapshot: VersionedStore<LedgerState>;
  journal: JournalFile;
  opSchema: z.ZodType<JournalOp>;
  label: string;
  notify: Notify;
  /** Journal lines after which the snapshot is rewritten. */
  maxJournalLines?: number;
  /** Runs `task` soon, off the caller's path; returns a cancel. Default: a 1 s unref'd timer. */
  schedule?: (task: () => void) => () => void;
}

const laterTimer = (task: () => void) => {
  const timer = setTimeout(task, 1_000);
  timer.unref?.();
  return () => clearTimeout(timer);
};

/** Opens the ledger over its snapshot and journal; opening and reading never throw. */
export function openJournaledStore(options: JournaledStoreOptions): LedgerStore {
  const { snapshot, journal, label, notify } = options;
  const maxLines = options.maxJournalLines ?? 1_000;
  const schedule = options.schedule ?? laterTimer;
  let cancel: (() => void) | null = null;
  /** Set when the journal must not be emptied (it could not be read, or copied aside). */
  let keepJournal = false;
  let unreadable: string | null = null;
  let lines = 0;
  /** Bytes up to the torn last line, when the journal ends in one; cut off before appending. */
  let torn: number | null = null;
  let current = load();
  const byId = new Map(current.entries.map((e) => [e.id, e]));
  // Start-up compaction: the snapshot takes in what the last run journaled.
  if (lines > 0 || torn !== null) compactSoon();

  function load(): LedgerState {
    const base = snapshot.read();
    let text: string | undefined;
    try {
      text = journal.read();
    } catch (error) {
      unreadable = errnoCode(error) ?? 'EIO';
      keepJournal = true;
      notify(
        'warning',
        `Handoff cannot read the recent changes to your ${label} (${unreadable}), so it shows them as of the last full save and will not change them. Check ${journal.path}, then restart Handoff.`,
      );
      return freeze(base);
    }
    if (text === undefined || text === '') return freeze(base);
    const parsed = parseJournal(text, options.opSchema);
    lines = parsed.ops.length;
    if (parsed.torn) torn = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
    if (parsed.damaged > 0) salvaged(parsed.damaged);
    return freeze(applyOps(base, parsed.ops));
  }

  function salvaged(damaged: number): void {
    const what = `${damaged} ${damaged === 1 ? 'change' : 'changes'} to your ${label} could not be read and ${damaged === 1 ? 'was' : 'were'} left out`;
    try {
      const copy = journal.backup('damaged');
      notify('warning', `${capitalise(what)}; the rest was kept. A copy was kept at ${copy}.`);
    } catch (error) {
      keepJournal = true;
      const code = errnoCode(error) ?? 'EIO';
      notify(
        'warning',
        `${capitalise(what)} for now; the rest was kept. The file could not be copied aside because ${describeDiskProblem(code, journal.path)}, so it is left untouched at ${journal.path}. ${diskRemedy(code)}, then restart Handoff.`,
      );
    }
  }

  function compactSoon(): void {
    cancel ??= schedule(() => {
      cancel = null;
      compact();
    });
  }

  function compact(): void {
    if (keepJournal) return;
    try {
      // Every entry was validated when it was loaded or written, and is frozen.
      snapshot.writeValidated(current);
    } catch {
      return; // the journal still holds every change; the next bound or start tries again
    }
    try {
      journal.reset();
      lines = 0;
      torn = null;
    } catch {
      // The snapshot already holds the journal: replaying it on the next start changes nothing.
    }
  }

  /** What changed, by identity: an entry object the store holds is never changed in place. */
  function diff(next: LedgerState): JournalOp[] {
    const ops: JournalOp[] = [];
    let kept = 0;
    for (const entry of next.entries) {
      const held = byId.get(entry.id);
      if (held !== undefined) kept++;
      if (held !== entry) ops.push({ put: entry });
    }
    if (kept < byId.size) {
      const ids = new Set(next.entries.map((e) => e.id));
      for (const id of byId.keys()) if (!ids.has(id)) ops.push({ del: id });
    }
    const r = next.retention;
    if (r.days !== current.retention.days || r.maxEntries !== current.retention.maxEntries)
      ops.push({ retention: { ...r } });
    return ops;
  }

  return {
    read: () => ({ entries: [...current.entries], retention: { ...current.retention } }),
    write(next) {
      if (unreadable) {
        throw saveFailure(
          Object.assign(new Error(unreadable), { code: unreadable }),
          label,
          journal.path,
        );
      }
      snapshot.ensureWritable();
      const ops = diff(next);
      // Only what changed is validated: the rest was validated when it was loaded or written.
      for (const op of ops) {
        if (!options.opSchema.safeParse(op).success)
          throw new Error(`Refused to save ${label} that fail their schema`);
      }
      if (ops.length > 0) {
        try {
          // A torn line was never acknowledged: cut it off, so appends start on a line of their own.
          if (torn !== null) journal.truncate(torn);
          torn = null;
          journal.append(encodeOps(ops));
        } catch (error) {
          throw saveFailure(error, label, journal.path);
        }
      }
      // Only now does the app see the change.
      current = { entries: [...next.entries], retention: { ...next.retention } };
      for (const op of ops) {
        if ('put' in op) byId.set(op.put.id, freezeEntry(op.put));
        else if ('del' in op) byId.delete(op.del);
      }
      lines += ops.length;
      if (lines >= maxLines || ops.some((op) => 'retention' in op)) compactSoon();
    },
    compact,
    dispose() {
      cancel?.();
      cancel = null;
    },
  };
}

/** Entries are shared between reads, never copied: nothing may change one in place. */
function freeze(state: LedgerState): LedgerState {
  for (const entry of state.entries) freezeEntry(entry);
  return state;
}

/** Shallow: its tags and integrations may be the caller's own objects. */
function freezeEntry(entry: LedgerEntry): LedgerEntry {
  return Object.freeze(entry);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
