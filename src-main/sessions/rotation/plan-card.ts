/**
 * What one card should do now, decided from its sessions and the window's state: pure, so
 * the same answer comes back until something changes (a sync writes only differences), and
 * a restart re-derives everything from the sealed sessions. Never more than two live links
 * a card: the next one is made only once no previous link is live (or queued for revoke).
 */
import type { Card } from '../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../src-shared/models/session';
import { decideRefresh } from './decide-refresh';
import { REFRESH_OVERLAP_MS, REVOKE_BEFORE_EXPIRY_MS } from './rotation-policy';

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
  refresh: HandoffSession['refresh'];
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
