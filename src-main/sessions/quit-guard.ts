/**
 * What happens when the app is asked to quit while links are live: nothing to ask with no live
 * link; otherwise the person chooses to revoke them all and quit, keep them (they are restored
 * and checked with Nango on the next start) and quit, or stay. Revoking is bounded in time so a
 * dead network cannot hold the app open: whatever Nango has not confirmed by then stays in the
 * sealed revoke queue and is retried on the next start.
 */
import type { RevokeAllSummary } from '../../src-shared/models/session';
import { systemClock, type Clock } from '../platform/clock';
import type { QuitChoice } from '../platform/desktop';

/** How long "revoke all and quit" waits for Nango before quitting anyway. */
const QUIT_REVOKE_TIMEOUT_MS = 5_000;

export interface QuitGuardDeps {
  liveLinks: () => number;
  ask: (request: { liveLinks: number }) => Promise<QuitChoice>;
  revokeAll: () => Promise<RevokeAllSummary>;
  /** Real-time timers for the wait (default: the system clock). */
  timers?: Pick<Clock, 'setTimeout' | 'clearTimeout'>;
  timeoutMs?: number;
}

/** The decision, and what revoking did when it was chosen. */
export interface QuitDecision {
  quit: boolean;
  choice: QuitChoice | 'no-live-links';
  revoked?: RevokeAllSummary | 'timed-out';
}

/** Decides whether to quit now. Never rejects: a failure to ask keeps the app open. */
export async function decideQuit(deps: QuitGuardDeps): Promise<QuitDecision> {
  const liveLinks = deps.liveLinks();
  if (liveLinks === 0) return { quit: true, choice: 'no-live-links' };
  let choice: QuitChoice;
  try {
    choice = await deps.ask({ liveLinks });
  } catch {
    return { quit: false, choice: 'cancel' };
  }
  if (choice === 'cancel') return { quit: false, choice };
  if (choice === 'keep-and-quit') return { quit: true, choice };
  const revoked = await withTimeout(
    deps.revokeAll().catch(() => 'timed-out' as const),
    deps.timers ?? systemClock,
    deps.timeoutMs ?? QUIT_REVOKE_TIMEOUT_MS,
  );
  return { quit: true, choice, revoked };
}

function withTimeout<T>(
  pending: Promise<T>,
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>,
  ms: number,
): Promise<T | 'timed-out'> {
  return new Promise((resolve) => {
    const timer = clock.setTimeout(() => resolve('timed-out'), ms);
    void pending.then((value) => {
      clock.clearTimeout(timer);
      resolve(value);
    });
  });
}
