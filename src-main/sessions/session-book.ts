/**
 * The sessions main holds, and the ONE way they change: every change is written to the sealed
 * store first and only then told to the renderer (and to listeners such as the completion
 * poller), so whatever the renderer has shown survives a crash. Also keeps each session's
 * timers (expiry, retry), so nothing leaks when a session goes.
 *
 * The renderer hears only what changed (`sessions:changed` is a numbered delta): the book notes
 * which ids a change touched and sends just those views, or their removal, with the next number.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { HandoffSession } from '../../src-shared/models/session';
import type { Clock, TimerHandle } from '../platform/clock';
import type { EncryptedStore } from '../store/encrypted-store';
import { toViews, type SessionRecord } from './session-record';
import type { SessionsDoc } from './session-store';

/** Timers a session can have. */
export type SessionTimer = 'expiry' | 'retry';

/** Records, their persistence and their timers. */
export class SessionBook {
  private readonly records = new Map<string, SessionRecord>();
  private readonly timers = new Map<string, TimerHandle>();
  private readonly listeners = new Set<() => void>();
  /** Ids added, changed or removed since the renderer was last told. */
  private readonly touched = new Set<string>();
  private seq = 0;

  constructor(
    private readonly deps: {
      clock: Clock;
      emit: EventSink;
      store: EncryptedStore<SessionsDoc>;
      /** A write failed after the fact (disk full, ...): tell the user once per failure. */
      onWriteError: (error: unknown) => void;
    },
  ) {}

  /** Every record. */
  all(): SessionRecord[] {
    return [...this.records.values()];
  }

  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }

  /** Views, newest first. */
  views(): HandoffSession[] {
    return toViews(this.records.values());
  }

  /** The number of the last `sessions:changed` sent (0: none yet). */
  changeSeq(): number {
    return this.seq;
  }

  /** Replaces everything from the store (at start or unlock); does not write. */
  load(records: SessionRecord[]): void {
    for (const id of this.records.keys()) this.touched.add(id);
    this.records.clear();
    for (const record of records) {
      this.records.set(record.view.id, record);
      this.touched.add(record.view.id);
    }
  }

  /**
   * Adds or replaces a record, writing the store first; throws (changing nothing) if the write
   * fails. For creates, where the caller must react to a failed write. `created`: the record
   * is what a `sessions:create` asked for (its change says so, see `SessionsChange.created`).
   */
  insert(record: SessionRecord, created = false): void {
    const previous = this.records.get(record.view.id);
    this.records.set(record.view.id, record);
    try {
      this.persist();
    } catch (error) {
      if (previous) this.records.set(record.view.id, previous);
      else this.records.delete(record.view.id);
      throw error;
    }
    this.touched.add(record.view.id);
    this.changed(created ? record.view.id : undefined);
  }

  /** Applies `change` to a record and commits; a write failure is reported, not thrown. */
  update(id: string, change: (record: SessionRecord) => SessionRecord): SessionRecord | undefined {
    const current = this.records.get(id);
    if (!current) return undefined;
    const next = change(current);
    this.records.set(id, next);
    this.touched.add(id);
    this.commit();
    return next;
  }

  /** Removes a record and its timers, and commits. */
  remove(id: string): void {
    if (!this.records.delete(id)) return;
    this.touched.add(id);
    this.clearTimer(id, 'expiry');
    this.clearTimer(id, 'retry');
    this.commit();
  }

  /** Writes and tells everyone; a write failure is reported, not thrown. */
  commit(): void {
    try {
      this.persist();
    } catch (error) {
      this.deps.onWriteError(error);
    }
    this.changed();
  }

  /** Tells everyone the current state without writing (nothing changed on disk). */
  announce(): void {
    this.changed();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** (Re)starts a session's timer. */
  setTimer(id: string, kind: SessionTimer, ms: number, run: () => void): void {
    this.clearTimer(id, kind);
    const key = `${kind}:${id}`;
    this.timers.set(
      key,
      this.deps.clock.setTimeout(
        () => {
          this.timers.delete(key);
          run();
        },
        Math.max(0, ms),
      ),
    );
  }

  clearTimer(id: string, kind: SessionTimer): void {
    const key = `${kind}:${id}`;
    const timer = this.timers.get(key);
    if (timer !== undefined) this.deps.clock.clearTimeout(timer);
    this.timers.delete(key);
  }

  /** Stops every timer (quit, tests). */
  dispose(): void {
    for (const timer of this.timers.values()) this.deps.clock.clearTimeout(timer);
    this.timers.clear();
  }

  private persist(): void {
    this.deps.store.write({ sessions: this.all() });
  }

  /** Sends what was touched since the last event: current views, and the ids now gone. */
  private changed(created?: string): void {
    const present: SessionRecord[] = [];
    const removed: string[] = [];
    for (const id of this.touched) {
      const record = this.records.get(id);
      if (record) present.push(record);
      else removed.push(id);
    }
    this.touched.clear();
    this.seq += 1;
    this.deps.emit('sessions:changed', {
      seq: this.seq,
      upserted: toViews(present),
      removed,
      ...(created ? { created } : {}),
    });
    for (const listener of this.listeners) listener();
  }
}
