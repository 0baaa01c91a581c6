/**
 * The link history. An entry is opened BEFORE a session is requested from Nango (so a crash
 * between "created at Nango" and "saved locally" still leaves a trace), and closed with the
 * outcome once the link is dead. Entries are keyed by handoff id: writing one twice updates it,
 * so a retried write never duplicates it.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type {
  LedgerEntry,
  LedgerOutcome,
  LedgerRetention,
  LedgerState,
} from '../../src-shared/models/ledger';
import { HANDOFF_OWN_TAGS } from '../../src-shared/tags/tag-rules';
import type { Clock } from '../platform/clock';
import type { Notify } from '../store/salvage-rows';
import type { DocumentStore } from '../store/settings-store';

const DAY_MS = 24 * 60 * 60_000;
/** How much later than Nango's the expiry estimated before a create may be and still stand. */
export const EXPIRY_TOLERANCE_MS = 5_000;

/** What the service needs. */
export interface LedgerServiceDeps {
  store: DocumentStore<LedgerState>;
  clock: Clock;
  emit: EventSink;
  /** A write after the fact failed (full disk): told once per failure, never thrown. */
  notify?: Notify;
}

/** Details that may come with an outcome. */
export interface OutcomeDetails {
  connectionId?: string;
  integrationId?: string;
  note?: string;
  /** ISO 8601; default now. */
  at?: string;
}

/** Reads and writes the ledger. */
export class LedgerService {
  private revision = 0;

  constructor(private readonly deps: LedgerServiceDeps) {}

  /** Entries newest first, and the retention setting. */
  state(): LedgerState {
    const doc = this.deps.store.read();
    return { ...doc, entries: newestFirst(doc.entries) };
  }

  /** Records a link about to be requested (outcome null: live, or not yet known). */
  open(entry: Omit<LedgerEntry, 'outcome' | 'outcomeAt' | 'tags'> & { tags: LedgerEntry['tags'] }) {
    const doc = this.deps.store.read();
    const tags = Object.fromEntries(
      Object.entries(entry.tags).filter(([k]) => !HANDOFF_OWN_TAGS.includes(k)),
    );
    const row: LedgerEntry = { ...entry, tags, outcome: null };
    doc.entries = [...doc.entries.filter((e) => e.id !== entry.id), row];
    this.save(doc);
  }

  /**
   * Corrects the expiry once Nango has said it, unless the estimate written before the request
   * (an upper bound: lifetime + {@link EXPIRY_TOLERANCE_MS}) is at most that much later than
   * it: a create should not pay a second fsynced journal append for a few seconds. An estimate
   * earlier than Nango's is always corrected: the ledger never says a link died before it did.
   */
  setExpiry(id: string, expiresAt: string): void {
    this.update(id, (e) => {
      const late = Date.parse(e.expiresAt) - Date.parse(expiresAt);
      return late >= 0 && late <= EXPIRY_TOLERANCE_MS ? null : { ...e, expiresAt };
    });
  }

  /**
   * Closes an entry. Only a live entry takes an outcome, except `connected`, which wins over
   * anything (the customer finished, even if a revoke or expiry was recorded first).
   */
  close(id: string, outcome: LedgerOutcome, details: OutcomeDetails = {}): void {
    this.update(id, (e) => {
      if (e.outcome !== null && (outcome !== 'connected' || e.outcome === 'connected')) return null;
      const { at, ...rest } = details;
      return { ...e, ...rest, outcome, outcomeAt: at ?? this.nowIso() };
    });
  }

  /** Drops an entry (a create Nango refused outright: nothing was made). */
  forget(id: string): void {
    const doc = this.deps.store.read();
    if (!doc.entries.some((e) => e.id === id)) return;
    doc.entries = doc.entries.filter((e) => e.id !== id);
    this.save(doc);
  }

  /**
   * At start-up: entries still open whose session is not in the session store are links the app
   * lost track of (it stopped between asking Nango and saving, or the store was set aside).
   */
  reconcile(knownIds: ReadonlySet<string>, reason: string): void {
    const doc = this.deps.store.read();
    let changed = false;
    const now = this.deps.clock.now();
    doc.entries = doc.entries.map((e) => {
      if (e.outcome !== null || knownIds.has(e.id)) return e;
      changed = true;
      const dead = Date.parse(e.expiresAt) <= now;
      return {
        ...e,
        outcome: 'failed',
        outcomeAt: this.nowIso(),
        note: `${reason} If Nango created this link, it ${dead ? 'stopped' : 'stops'} working at ${e.expiresAt}.`,
      };
    });
    if (changed) this.save(doc);
  }

  /** Changes how long history is kept, and applies it at once. */
  setRetention(retention: LedgerRetention): LedgerState {
    const doc = this.deps.store.read();
    this.save({ ...doc, retention });
    return this.state();
  }

  private update(id: string, change: (e: LedgerEntry) => LedgerEntry | null): void {
    const doc = this.deps.store.read();
    const index = doc.entries.findIndex((e) => e.id === id);
    const entry = doc.entries[index];
    if (!entry) return;
    const next = change(entry);
    if (next === null) return;
    doc.entries[index] = next;
    // An outcome must never break the flow that reached it (a revoke, an expiry).
    try {
      this.save(doc);
    } catch (error) {
      this.deps.notify?.(
        'warning',
        `Handoff could not record a link's outcome in the ledger: ${error instanceof Error ? error.message : 'the disk refused the write'}.`,
      );
    }
  }

  private save(doc: LedgerState): void {
    this.deps.store.write(prune(doc, this.deps.clock.now()));
    // Only that it changed: an open ledger view reads the entries again (ledger:list).
    this.revision += 1;
    this.deps.emit('ledger:changed', { revision: this.revision });
  }

  private nowIso(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}

/** Applies retention: finished entries past `days` go, then the oldest finished beyond `maxEntries`. */
export function prune(doc: LedgerState, now: number): LedgerState {
  const cutoff = now - doc.retention.days * DAY_MS;
  let entries = doc.entries.filter((e) => e.outcome === null || finishedAt(e) >= cutoff);
  const excess = entries.length - doc.retention.maxEntries;
  if (excess > 0) {
    const drop = new Set(
      entries
        .filter((e) => e.outcome !== null)
        // By id on a tie, so the choice does not depend on the order entries are held in.
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .slice(0, excess)
        .map((e) => e.id),
    );
    entries = entries.filter((e) => !drop.has(e.id));
  }
  return { ...doc, entries };
}

/**
 * When an entry finished, parsed once per entry object: prune runs on every change, and
 * parsing 10,000 dates each time was most of a create's ledger cost. Entries are never
 * changed in place (the store freezes them), so the object is a safe key.
 */
const finishedTimes = new WeakMap<LedgerEntry, number>();
function finishedAt(e: LedgerEntry): number {
  let at = finishedTimes.get(e);
  if (at === undefined) {
    at = Date.parse(e.outcomeAt ?? e.createdAt);
    finishedTimes.set(e, at);
  }
  return at;
}

function newestFirst(entries: LedgerEntry[]): LedgerEntry[] {
  return [...entries].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}
