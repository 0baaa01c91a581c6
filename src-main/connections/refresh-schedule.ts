/**
 * The desk's gentle background refresh: the active profile's saved connections every few
 * minutes at background priority (so the scheduler can refuse it when the shared rate-limit
 * bucket runs low), backing off after failures and never while offline.
 */
import type { Clock, TimerHandle } from '../platform/clock';

/** Normal interval between refreshes. */
const REFRESH_EVERY_MS = 5 * 60_000;
/** Longest back-off after repeated failures. */
const REFRESH_MAX_BACKOFF_MS = 30 * 60_000;

export interface RefreshScheduleDeps {
  clock: Clock;
  /** The profile to refresh now, or null to skip this round (none active, no scope, offline). */
  target: () => string | null;
  refresh: (profileId: string) => Promise<unknown>;
}

/** Starts the schedule; returns a function that stops it. */
export function startRefreshSchedule(deps: RefreshScheduleDeps): () => void {
  let timer: TimerHandle | undefined;
  let failures = 0;
  let stopped = false;

  const plan = () => {
    if (stopped) return;
    const delay = Math.min(REFRESH_EVERY_MS * 2 ** failures, REFRESH_MAX_BACKOFF_MS);
    timer = deps.clock.setTimeout(() => void tick(), delay);
  };

  const tick = async () => {
    const profileId = deps.target();
    if (profileId !== null) {
      try {
        await deps.refresh(profileId);
        failures = 0;
      } catch {
        // Failures are visible through the network status and the next manual refresh;
        // the schedule only slows down.
        failures = Math.min(failures + 1, 3);
      }
    }
    plan();
  };

  plan();
  return () => {
    stopped = true;
    if (timer !== undefined) deps.clock.clearTimeout(timer);
  };
}
