/**
 * What one card should do now, decided from its sessions and the window's state: pure, so
 * the same answer comes back until something changes (a sync writes only differences), and
 * a restart re-derives everything from the sealed sessions. Never more than two live links
 * a card: the next one is made only once no previous link is live (or queued for revoke).
 */
import type { Card } from '../../../src-shared/models/card-lineage';
import { MAX_REFRESH_RUN_MS, MAX_REFRESHES } from '../../../src-shared/models/refresh';
import type { RefreshState } from '../../../src-shared/models/refresh';
import type { HandoffSession } from '../../../src-shared/models/session';
import { REFRESH_LEAD_MS, REFRESH_OVERLAP_MS, REVOKE_BEFORE_EXPIRY_MS } from './rotation-policy';

/** What the card's world looks like now. */
export interface CardConditions {
  now: number;
  /** The window is shown (Page Visibility API, reported by the renderer). */
  visible: boolean;
  /** The computer is not asleep. */
  awake: boolean;
  /** This card is in presenter view (where refreshing defaults to on). */
  presenting: boolean;
  /** A next link is being made for this card right now. */
  minting: boolean;
}

/** The card's to-do list. */
export interface CardPlan {
  /** The refresh state the newest session should carry (compared, written if different). */
  refresh: RefreshState | undefined;
  /** Make the next link now. */
  mint: boolean;
  /** Previous links to revoke now (ledger: superseded). */
  revoke: string[];
  /** Dead previous links to drop from the list (the ledger keeps them). */
  drop: string[];
  /** When to look again (epoch ms), or null. */
  wakeAt: number | null;
}

const holdsLink = (s: HandoffSession) => s.status === 'active' || s.revokePending !== undefined;
const revocable = (s: HandoffSession) => s.status === 'active' && s.revokePending === undefined;
const iso = (ms: number) => new Date(ms).toISOString();

/** Decides what `card` does now. */
export function planCard(card: Card, c: CardConditions): CardPlan {
  const plan: CardPlan = {
    refresh: card.newest.refresh,
    mint: false,
    revoke: [],
    drop: [],
    wakeAt: null,
  };
  const wake = (at: number) => (plan.wakeAt = Math.min(plan.wakeAt ?? at, at));

  if (card.shown.status === 'completed') {
    // The customer finished on one of the card's links: no other may stay live.
    for (const other of card.others) {
      if (revocable(other)) plan.revoke.push(other.id);
      else if (!holdsLink(other)) plan.drop.push(other.id);
    }
    return plan;
  }

  const head = card.newest;
  const headLive = head.status === 'active' && c.now < Date.parse(head.expiresAt);
  let previousUntil: number | undefined;
  for (const other of card.others) {
    if (!holdsLink(other)) {
      plan.drop.push(other.id);
      continue;
    }
    if (!revocable(other)) continue; // its revoke is queued and retried by the session service
    const until = Math.min(
      Date.parse(head.createdAt) + REFRESH_OVERLAP_MS,
      Date.parse(other.expiresAt) - REVOKE_BEFORE_EXPIRY_MS,
    );
    if (!headLive || c.now >= until) plan.revoke.push(other.id);
    else {
      wake(until);
      previousUntil = Math.max(previousUntil ?? until, until);
    }
  }
  const blocked = card.others.some(holdsLink);
  const decided = decideRefresh(head, headLive, c, blocked, previousUntil);
  plan.refresh = decided.refresh;
  plan.mint = decided.mint && !c.minting;
  if (decided.wakeAt !== null) wake(decided.wakeAt);
  return plan;
}

function decideRefresh(
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
