/**
 * The ledger's journal on the real file system (a temp folder, conf for the snapshot, as the
 * app opens them): restarts see exactly what the app saw, whatever point a crash hit between
 * an append and a compaction; a torn or damaged line loses nothing else, and is told.
 */
import Conf from 'conf';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../errors/app-failure';
import { ManualClock } from '../platform/manual-clock';
import { createConfBackend, type ConfClass } from '../store/conf-backend';
import { openFileJournal, type JournalFile } from './journal-file';
import { ledgerCsv } from './ledger-csv';
import { LedgerService } from './ledger-service';
import { openLedgerStore } from './ledger-store';
import type { LedgerStore } from './journaled-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DAY_MS = 24 * 60 * 60_000;
const journalPath = (dir: string) => join(dir, 'ledger.journal.jsonl');
const snapshotOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as {
    data: { entries: { id: string }[] };
  };

interface Opened {
  ledger: LedgerService;
  store: LedgerStore;
  notices: string[];
  compact: () => void;
}

/**
 * The ledger in `dir`. Compaction never runs by itself (`compact()` runs the scheduled one),
 * so a test decides where the "crash" (dropping the instance) lands.
 */
function open(
  dir: string,
  clock: ManualClock,
  journal: JournalFile = openFileJournal(journalPath(dir)),
): Opened {
  const notices: string[] = [];
  const notify = (_level: string, message: string) => void notices.push(message);
  let scheduled: (() => void) | null = null;
  const store = openLedgerStore(
    createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name: 'ledger' }),
    notify,
    journal,
    { maxJournalLines: 5, schedule: (task) => ((scheduled = task), () => (scheduled = null)) },
  );
  const ledger = new LedgerService({ store, clock, emit: () => undefined });
  return { ledger, store, notices, compact: () => scheduled?.() };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-journal-'));
  dirs.push(dir);
  return dir;
}

function entry(clock: ManualClock, id: string) {
  return {
    id,
    kind: 'connect' as const,
    profileId: 'p1',
    profileName: 'Production',
    label: `Customer ${id}`,
    tags: { end_user_id: id },
    integrations: ['github'],
    createdAt: new Date(clock.now()).toISOString(),
    expiresAt: new Date(clock.now() + 30 * 60_000).toISOString(),
  };
}

/** A history with every kind of change: opens, closes, an expiry, a forget. */
function history(ledger: LedgerService, clock: ManualClock, n = 4): void {
  for (let i = 0; i < n; i++) {
    ledger.open(entry(clock, `h${i}`));
    clock.advance(1_000);
  }
  ledger.close('h0', 'connected', { connectionId: 'c0', integrationId: 'github' });
  ledger.close('h1', 'revoked');
  ledger.setExpiry('h2', new Date(clock.now() + 3_600_000).toISOString());
  ledger.forget('h3');
}

describe('the ledger journal', () => {
  it('restarts into exactly the state it left, before and after compaction', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const first = open(dir, clock);
    history(first.ledger, clock);
    const before = first.ledger.state();
    // A crash after the appends, before any compaction: the snapshot is not even written.
    expect(readdirSync(dir)).not.toContain('ledger.json');
    const second = open(dir, clock);
    expect(second.ledger.state()).toEqual(before);
    expect(ledgerCsv(second.ledger.state().entries)).toBe(ledgerCsv(before.entries));
    expect(second.notices).toEqual([]);
    // Start-up compaction moves it all into the snapshot and empties the journal.
    second.compact();
    expect(readFileSync(journalPath(dir), 'utf8')).toBe('');
    expect(
      snapshotOf(dir)
        .data.entries.map((e) => e.id)
        .sort(),
    ).toEqual(['h0', 'h1', 'h2']);
    const third = open(dir, clock).ledger.state();
    expect(third).toEqual(before);
    expect(ledgerCsv(third.entries)).toBe(ledgerCsv(before.entries));
  });

  it('compacts once the journal passes its bound, off the write that passed it', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const first = open(dir, clock);
    history(first.ledger, clock, 6);
    const lines = readFileSync(journalPath(dir), 'utf8').split('\n').length - 1;
    expect(lines).toBeGreaterThanOrEqual(5); // the write only scheduled it
    first.compact();
    expect(readFileSync(journalPath(dir), 'utf8')).toBe('');
    first.ledger.open(entry(clock, 'after'));
    expect(open(dir, clock).ledger.state()).toEqual(first.ledger.state());
  });

  it('ignores a torn last line, keeps the rest, and writes on after it', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const first = open(dir, clock);
    history(first.ledger, clock);
    const before = first.ledger.state();
    appendFileSync(journalPath(dir), '{"put":{"id":"torn","kind":"conn'); // a crash mid-append
    const second = open(dir, clock);
    expect(second.ledger.state()).toEqual(before);
    expect(second.notices).toEqual([]); // never acknowledged, so nothing was lost
    second.ledger.open(entry(clock, 'next'));
    const third = open(dir, clock);
    expect(third.ledger.state()).toEqual(second.ledger.state());
    expect(third.notices).toEqual([]);
  });

  it('keeps every readable line around a damaged one, copies the journal aside and says so', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const first = open(dir, clock);
    first.ledger.open(entry(clock, 'a'));
    appendFileSync(journalPath(dir), 'garbage that is not JSON\n{"put":{"id":"x"}}\n');
    first.ledger.open(entry(clock, 'b'));
    const second = open(dir, clock);
    expect(second.ledger.state().entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(second.notices).toEqual([
      expect.stringMatching(
        /^2 changes to your link history could not be read and were left out; the rest was kept\. A copy was kept at .*ledger\.journal\.damaged-.*\.jsonl\.$/,
      ),
    ]);
    const copy = readdirSync(dir).find((f) => f.startsWith('ledger.journal.damaged-'))!;
    expect(readFileSync(join(dir, copy), 'utf8')).toContain('garbage that is not JSON');
  });

  it('loses nothing when a crash hits between the snapshot and emptying the journal', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const real = openFileJournal(journalPath(dir));
    // The snapshot's rename happened; the journal was never emptied (the "crash").
    const stuck: JournalFile = {
      ...real,
      reset: () => {
        throw new Error('killed');
      },
    };
    const first = open(dir, clock, stuck);
    history(first.ledger, clock);
    const before = first.ledger.state();
    first.compact();
    expect(snapshotOf(dir).data.entries).toHaveLength(3);
    expect(readFileSync(journalPath(dir), 'utf8')).not.toBe('');
    // The journal replays over a snapshot that already holds it: the same, nothing twice.
    const second = open(dir, clock);
    expect(second.ledger.state()).toEqual(before);
    second.compact();
    expect(open(dir, clock).ledger.state()).toEqual(before);
  });

  it('applies retention through the journal, and compacts after a retention change', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const first = open(dir, clock);
    first.ledger.open(entry(clock, 'old'));
    first.ledger.close('old', 'expired');
    first.ledger.open(entry(clock, 'live'));
    first.compact();
    clock.advance(40 * DAY_MS);
    first.ledger.open(entry(clock, 'new'));
    first.ledger.setRetention({ days: 30, maxEntries: 5000 });
    const ids = first.ledger.state().entries.map((e) => e.id);
    expect(ids).toEqual(['new', 'live']);
    // The retention change and the pruned entry are in the journal before any compaction.
    expect(readFileSync(journalPath(dir), 'utf8')).toMatch(/"del":"old"[\s\S]*|"retention"/);
    const second = open(dir, clock);
    expect(second.ledger.state()).toEqual(first.ledger.state());
    first.compact();
    expect(readFileSync(journalPath(dir), 'utf8')).toBe('');
    expect(
      snapshotOf(dir)
        .data.entries.map((e) => e.id)
        .sort(),
    ).toEqual(['live', 'new']);
    expect(open(dir, clock).ledger.state().retention).toEqual({ days: 30, maxEntries: 5000 });
  });

  it('refuses a change whose append fails, and shows nothing of it', () => {
    const dir = tempDir();
    const clock = new ManualClock();
    const real = openFileJournal(journalPath(dir));
    let full = false;
    const journal: JournalFile = {
      ...real,
      append: (text) => {
        if (full) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        real.append(text);
      },
    };
    const first = open(dir, clock, journal);
    first.ledger.open(entry(clock, 'a'));
    const before = first.ledger.state();
    full = true;
    let failure: unknown;
    try {
      first.ledger.open(entry(clock, 'b'));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'storage_unavailable' });
    expect((failure as Error).message).toMatch(
      /^The disk is full, so your link history could not be saved/,
    );
    expect(first.ledger.state()).toEqual(before);
    expect(first.store.read().entries.map((e) => e.id)).toEqual(['a']);
    expect(open(dir, clock).ledger.state()).toEqual(before);
    full = false;
    first.ledger.open(entry(clock, 'b'));
    expect(
      open(dir, clock)
        .ledger.state()
        .entries.map((e) => e.id),
    ).toEqual(['b', 'a']);
  });
});
