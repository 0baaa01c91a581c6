/**
 * How a card's refresh state changes on the rep's actions and on a mint's outcome (the rest
 * is decide-refresh.ts, from the clock and the window).
 */
import type { RefreshState } from '../../../src-shared/models/refresh';
import { retryDelayMs } from '../retry-delay';
import { mintFailureReason, retryable } from './mint-failure';

const iso = (ms: number) => new Date(ms).toISOString();

/** The rep's "Refresh automatically" choice; turning it on starts a run. */
export function chosen(r: RefreshState | undefined, enabled: boolean, now: number): RefreshState {
  if (!enabled) {
    return {
      choice: 'off',
      on: false,
      phase: 'off',
      count: r?.count ?? 0,
      since: r?.since ?? iso(now),
    };
  }
  return r?.on
    ? { ...r, choice: 'on' }
    : { choice: 'on', on: true, phase: 'scheduled', count: 0, since: iso(now) };
}

/** "Continue": a new run from now (the cap starts over), on whatever kept it on. */
export function restarted(r: RefreshState | undefined, now: number): RefreshState {
  const choice = r?.on ? r.choice : 'on';
  return { ...(choice ? { choice } : {}), on: true, phase: 'scheduled', count: 0, since: iso(now) };
}

/** What the next link carries: the same run, one refresh more. */
export function successor(r: RefreshState): RefreshState {
  return {
    ...(r.choice ? { choice: r.choice } : {}),
    on: true,
    phase: 'scheduled',
    count: r.count + 1,
    since: r.since,
  };
}

/** A failed mint: retried on the shared back-off, or stopped when retrying cannot help. */
export function failed(r: RefreshState, error: unknown, now: number): RefreshState {
  const reason = mintFailureReason(error);
  const { nextAt: _next, reason: _reason, attempts: _attempts, ...rest } = r;
  if (!retryable(error)) return { ...rest, phase: 'stopped', reason };
  const attempts = (r.attempts ?? 0) + 1;
  return {
    ...rest,
    phase: 'retrying',
    attempts,
    reason,
    nextAt: iso(now + retryDelayMs(attempts, error)),
  };
}
