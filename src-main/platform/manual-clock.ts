/**
 * A clock that moves only when told to, for tests and the e2e harness. Timers fire in
 * due-time order as `advance` passes them.
 */
import type { Clock, TimerHandle } from './clock';

interface PendingTimer {
  id: number;
  due: number;
  callback: () => void;
}

/** A {@link Clock} driven by {@link ManualClock.advance}. */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: PendingTimer[] = [];

  constructor(start: number | Date = Date.UTC(2026, 10, 23, 9, 0, 0)) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.push({ id, due: this.current + Math.max(0, ms), callback });
    return id as unknown as TimerHandle;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== (handle as unknown as number));
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.timers
        .filter((t) => t.due <= target)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.current = next.due;
      next.callback();
    }
    this.current = target;
  }

  /** Number of timers not yet fired (to assert nothing leaks). */
  get pendingTimers(): number {
    return this.timers.length;
  }
}
