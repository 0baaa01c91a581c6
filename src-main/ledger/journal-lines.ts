/**
 * The ledger journal's lines: one JSON object per line, each a change that is safe to apply
 * twice (an entry put by id, an entry deleted by id, the retention set), so replaying a journal
 * over a snapshot that already holds it (a crash between compaction's two steps) changes nothing.
 */
import { z } from 'zod';
import type { LedgerEntry, LedgerRetention, LedgerState } from '../../src-shared/models/ledger';

/** One change to the ledger. */
export type JournalOp = { put: LedgerEntry } | { del: string } | { retention: LedgerRetention };

/** What a journal's text held. */
export interface ParsedJournal {
  ops: JournalOp[];
  /** Complete lines that could not be read (still in the copy the store keeps of the journal). */
  damaged: number;
  /** The last line had no newline: an append a crash cut short, never acknowledged. */
  torn: boolean;
}

/** The schema of a line, given the entry and retention schemas of the snapshot. */
export function journalOpSchema(
  entry: z.ZodType<LedgerEntry>,
  retention: z.ZodType<LedgerRetention>,
): z.ZodType<JournalOp> {
  return z.union([
    z.strictObject({ put: entry }),
    z.strictObject({ del: z.string().min(1) }),
    z.strictObject({ retention }),
  ]);
}

/** The lines for `ops`, newline-terminated. */
export function encodeOps(ops: readonly JournalOp[]): string {
  return ops.map((op) => `${JSON.stringify(op)}\n`).join('');
}

/** Reads a journal's text, keeping every line that parses and counting those that do not. */
export function parseJournal(text: string, schema: z.ZodType<JournalOp>): ParsedJournal {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const result: ParsedJournal = { ops: [], damaged: 0, torn: tail !== '' };
  for (const line of lines) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      result.damaged++;
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) result.ops.push(parsed.data);
    else result.damaged++;
  }
  return result;
}

/** The ledger after `ops`, in order (the same entry order as whole-document writes keep). */
export function applyOps(state: LedgerState, ops: readonly JournalOp[]): LedgerState {
  const byId = new Map(state.entries.map((e) => [e.id, e]));
  let retention = state.retention;
  for (const op of ops) {
    if ('put' in op) {
      // A new id goes last, as `open` appends it; an existing one keeps its place.
      byId.set(op.put.id, op.put);
    } else if ('del' in op) {
      byId.delete(op.del);
    } else {
      retention = op.retention;
    }
  }
  return { entries: [...byId.values()], retention };
}
