/**
 * One shared clock for the whole app: a single `setInterval` ticking once per second. Every
 * countdown reads `now` from here instead of running its own timer.
 */
import { create } from 'zustand';

/** The clock's state. */
export interface ClockState {
  /** Epoch milliseconds at the last tick (`Date.now()`). */
  now: number;
}

/** The shared clock. Read `now` with a selector; derive booleans to re-render less. */
export const useClockStore = create<ClockState>(() => ({ now: Date.now() }));

const TICK_MS = 1000;
let timer: ReturnType<typeof setInterval> | null = null;
let users = 0;

const tick = () => useClockStore.setState({ now: Date.now() });

/**
 * Starts the clock (or joins it if running) and returns the function that stops it.
 * However many callers start it, only one interval runs.
 */
export function startClock(): () => void {
  users += 1;
  if (timer === null) {
    tick();
    timer = setInterval(tick, TICK_MS);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    users -= 1;
    if (users === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** True while the interval runs (tests). */
export function isClockRunning(): boolean {
  return timer !== null;
}
