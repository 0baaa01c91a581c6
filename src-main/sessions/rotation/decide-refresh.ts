/**
 * The refresh state of a card's newest (live or just expired) link, and whether to make the
 * next link now: on by the rep's choice or presenter view; capped at the refresh point once
 * the run is spent; paused while nobody can see it; waiting while a previous link is live;
 * retrying on the back-off after a failure; otherwise scheduled at the lead.
 */
import { MAX_REFRESH_RUN_MS, MAX_REFRESHES } from '../../../src-shared/models/refresh';
import type { RefreshState } from '../../../src-shared/models/refresh';
import type { HandoffSession } from '../../../src-shared/models/session';
import type { CardConditions } from './plan-card';
import { REFRESH_LEAD_MS } from './rotation-policy';

const iso = (ms: number) => new Date(ms).toISOString();

/** What the newest link's refresh state should be, whether to mint, and when to look again. */
export function decideRefresh(
  head: HandoffSession,
  headLive: boolean,
  c: CardConditions,
  blocked: boolean,
  previousUntil: number | undefined,
): { refresh: RefreshState | undefined; mint: boolean; wakeAt: number | null } {
  const keep = { refresh: head.refresh, mint: false, wakeAt: null };
  const r = head.refresh;
  const choice = r?.choice;
  const on = choice === 'on' || (choice === undefined && c.presenting);
  const chosen = choice ? { choice } : {};
  if (!on) {
    if (!r) return keep;
    return {
      ...keep,
      refresh: { ...chosen, on: false, phase: 'off', count: r.count, since: r.since },
    };
  }
  // Turned on now: a new run, counted (for the cap) from this moment.
  const run: RefreshState = r?.on
    ? r
    : { ...chosen, on: true, phase: 'scheduled', count: 0, since: iso(c.now) };
  const base = { ...chosen, on: true as const, count: run.count, since: run.since };

  if (!headLive) {
    // Revoked, completed, or being made again by Continue: nothing to decide here.
    if (head.status === 'revoked' || head.revokePending || c.minting)
      return { ...keep, refresh: run };
    if (run.phase === 'stopped' || run.phase === 'capped') return { ...keep, refresh: run };
    // A link that ran out stays dead: Handoff makes no new link nobody asked for while away.
    return { ...keep, refresh: { ...base, phase: 'stopped', reason: expiredReason(run) } };
  }
  if (run.phase === 'stopped' || run.phase === 'capped') return { ...keep, refresh: run };

  const due = Date.parse(head.expiresAt) - REFRESH_LEAD_MS;
  const previous = previousUntil === undefined ? {} : { previousUntil: iso(previousUntil) };
  const failed = run.attempts ? { attempts: run.attempts, reason: run.reason ?? '' } : {};
  if (c.now >= due) {
    const cap = capReason(run, c.now);
    if (cap) return { ...keep, refresh: { ...base, phase: 'capped', reason: cap, ...previous } };
  }
  if (!c.visible || !c.awake) {
    const why = c.awake ? 'The window is hidden.' : 'The computer is asleep.';
    const refresh: RefreshState = {
      ...base,
      phase: 'paused',
      nextAt: iso(due),
      reason: why,
      ...previous,
      ...(run.attempts ? { attempts: run.attempts } : {}),
    };
    return { ...keep, refresh };
  }
  if (blocked && c.now >= due) {
    return {
      ...keep,
      refresh: { ...base, phase: 'waiting', nextAt: iso(due), ...previous, ...failed },
    };
  }
  if (run.phase === 'retrying' && run.attempts && run.nextAt) {
    const at = Date.parse(run.nextAt);
    const refresh: RefreshState = {
      ...base,
      phase: 'retrying',
      nextAt: run.nextAt,
      ...previous,
      ...failed,
    };
    return { refresh, mint: c.now >= at && !blocked, wakeAt: c.now >= at ? null : at };
  }
  const refresh: RefreshState = {
    ...base,
    phase: 'scheduled',
    nextAt: iso(due),
    ...previous,
    ...failed,
  };
  return { refresh, mint: c.now >= due && !blocked, wakeAt: c.now >= due ? null : due };
}

function capReason(run: RefreshState, now: number): string | null {
  if (run.count >= MAX_REFRESHES) return `${run.count} refreshes in a row, the most at once.`;
  if (now - Date.parse(run.since) >= MAX_REFRESH_RUN_MS) {
    return '2 hours of refreshing, the most at once.';
  }
  return null;
}

function expiredReason(run: RefreshState): string {
  if (run.phase === 'paused') {
    return run.reason === 'The computer is asleep.'
      ? 'The link expired while the computer was asleep.'
      : 'The link expired while the window was hidden.';
  }
  if (run.phase === 'retrying' && run.reason) {
    return `The link expired before a new one could be made. ${run.reason}`;
  }
  return 'The link expired before it could be refreshed.';
}
