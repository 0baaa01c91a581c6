/**
 * Time, injectable. Services take a Clock so tests (and the e2e harness) can move time
 * forward by 30 minutes without waiting.
 */

/** An opaque timer handle. */
export type TimerHandle = { readonly __timer: unique symbol } | ReturnType<typeof setTimeout>;

/** The clock every main-process service uses. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` after `ms` of this clock's time. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  /** Cancels a timer from {@link Clock.setTimeout}. */
  clearTimeout(handle: TimerHandle): void;
}

/** Wall time and Node's timers; tests and the harness use ManualClock instead. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
