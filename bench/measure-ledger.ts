/**
 * The ledger at its largest: main's heap with 10,000 entries held, against the same app with an
 * empty ledger, and what one create costs in main at that size (a change appends to the
 * journal; prune still walks the whole history). The entries are written once through the real
 * ledger store (its schema, its files) into the data folder and compacted into the snapshot,
 * then the real app starts on that folder and its ledger service loads them; filling 10,000
 * one by one through the service would take 20,000 fsynced appends. Retention is raised to
 * keep them all. Needs --expose-gc.
 */
import Conf from 'conf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../src-main/app/app-test-kit';
import { openFileJournal } from '../src-main/ledger/journal-file';
import { openLedgerStore } from '../src-main/ledger/ledger-store';
import { writeFileAtomic } from '../src-main/store/atomic-file';
import { createConfBackend, type ConfClass } from '../src-main/store/conf-backend';
import type { LedgerEntry } from '../src-shared/models/ledger';
import { benchProfile, createKitSession } from './kit-sessions';
import { msSince } from './stats';

/** Heap (MB) and per-create times (ms) for an empty and a full ledger. */
export interface LedgerFigures {
  entries: number;
  /** Heap the started app (and its fake server) added, with the full ledger loaded. */
  heapFullMb: number;
  /** The same with an empty ledger. */
  heapEmptyMb: number;
  /** `sessions:create` in main, round trip to the fake server included. */
  createFullMs: number[];
  createEmptyMs: number[];
  /** Opening the ledger store on the full snapshot, as start-up does (read, validate, index). */
  openMs: number[];
  /** One compaction of the full ledger (main is blocked for it), after one change. */
  compactMs: number[];
  /** Its floor: the same snapshot serialised and written atomically (fsync, rename). */
  rawWriteMs: number[];
  gcExposed: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;
const DAY_MS = 24 * 60 * 60_000;

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Plausible finished entries spread over the last 80 days, as the app itself writes them. */
function entries(count: number, now: number): LedgerEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const created = now - 80 * DAY_MS + Math.floor((i * 80 * DAY_MS) / count);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: i % 5 === 0 ? 'reconnect' : 'connect',
      profileId: 'seeded-profile',
      profileName: 'Production',
      label: `Customer ${i}`,
      tags: { end_user_id: `cus_${i}`, end_user_email: `cus_${i}@example.com` },
      integrations: ['github'],
      createdAt: new Date(created).toISOString(),
      expiresAt: new Date(created + 30 * 60_000).toISOString(),
      outcome: i % 3 === 0 ? 'connected' : 'expired',
      outcomeAt: new Date(created + 10 * 60_000).toISOString(),
      ...(i % 3 === 0 ? { connectionId: `conn-${i}`, integrationId: 'github' } : {}),
    };
  });
}

async function createTimes(t: TestApp, runs: number): Promise<number[]> {
  const profileId = await benchProfile(t);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await createKitSession(t, profileId, `cus_new_${i}`);
    times.push(msSince(start));
  }
  return times;
}

/** One app on `dir` (seeded or not): heap once started, then create times. */
async function measureApp(dir: string, runs: number) {
  const before = heapMb();
  const t = await startTestApp({ dir });
  try {
    await t.app.ready;
    await t.ok('ledger:list', {}); // as the ledger view would, once
    t.events.length = 0;
    const heap = heapMb() - before;
    const times = await createTimes(t, runs);
    return { heap, times, held: t.app.ledger.state().entries.length };
  } finally {
    await t.close();
  }
}

/** Writes `count` entries through the real ledger store into `dir`. */
function seed(dir: string, count: number, maxEntries: number): void {
  const backend = createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name: 'ledger' });
  const store = openLedgerStore(
    backend,
    () => undefined,
    openFileJournal(join(dir, 'ledger.journal.jsonl')),
  );
  // The manual clock's start (the test kit's clock) is "now" for the seeded history.
  const now = Date.UTC(2026, 10, 23, 9, 0, 0);
  store.write({ entries: entries(count, now), retention: { days: 90, maxEntries } });
  store.compact(); // into the snapshot, as a long-used ledger would be
  store.dispose();
}

function openStore(dir: string) {
  const backend = createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name: 'ledger' });
  const journal = openFileJournal(join(dir, 'ledger.journal.jsonl'));
  // Compaction runs only when the bench calls it.
  return openLedgerStore(backend, () => undefined, journal, { schedule: () => () => undefined });
}

/** Start-up open and compaction of the ledger in `dir`, and the raw write beneath them. */
function measureStore(dir: string, runs: number) {
  const openMs: number[] = [];
  const compactMs: number[] = [];
  const rawWriteMs: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    let start = process.hrtime.bigint();
    const store = openStore(dir);
    const opened = msSince(start);
    const state = store.read();
    const [first] = state.entries;
    store.write({
      ...state,
      entries: [{ ...first!, note: `run ${i}` }, ...state.entries.slice(1)],
    });
    start = process.hrtime.bigint();
    store.compact();
    const compacted = msSince(start);
    store.dispose();
    start = process.hrtime.bigint();
    const text = JSON.stringify({ version: 1, data: store.read() }, undefined, '\t');
    writeFileAtomic(join(dir, 'raw-floor.json'), text);
    const raw = msSince(start);
    if (i === 0) continue; // warm-up (the first validation compiles the schema)
    openMs.push(opened);
    compactMs.push(compacted);
    rawWriteMs.push(raw);
  }
  return { openMs, compactMs, rawWriteMs };
}

/** Heap and create cost with `count` ledger entries, beside an empty ledger. */
export async function measureLedger(count: number, runs: number): Promise<LedgerFigures> {
  const emptyDir = mkdtempSync(join(tmpdir(), 'handoff-bench-ledger-'));
  const fullDir = mkdtempSync(join(tmpdir(), 'handoff-bench-ledger-'));
  try {
    seed(fullDir, count, count + runs);
    const empty = await measureApp(emptyDir, runs);
    const full = await measureApp(fullDir, runs);
    if (full.held < count) throw new Error(`the ledger held ${full.held} of ${count} entries`);
    return {
      ...measureStore(fullDir, runs),
      entries: full.held,
      heapFullMb: full.heap,
      heapEmptyMb: empty.heap,
      createFullMs: full.times,
      createEmptyMs: empty.times,
      gcExposed: gc !== undefined,
    };
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(fullDir, { recursive: true, force: true });
  }
}
