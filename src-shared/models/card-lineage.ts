/**
 * Cards and the sessions behind them. A self-refreshing card is a lineage of sessions that
 * share a `cardId` (the first session's id): main and the renderer agree here on which of
 * them the card shows, so the card keeps one identity on screen while its link is replaced.
 */
import type { HandoffSession } from './session';

/** The card a session belongs to. */
export function cardIdOf(session: Pick<HandoffSession, 'id' | 'cardId'>): string {
  return session.cardId ?? session.id;
}

/** When the card was made: its first session's creation, kept by every refresh. */
export function cardCreatedAtOf(session: Pick<HandoffSession, 'createdAt' | 'cardCreatedAt'>) {
  return session.cardCreatedAt ?? session.createdAt;
}

/** Newer first: by creation time, then id (two sessions may share a millisecond). */
function newer(a: HandoffSession, b: HandoffSession): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
}

/** One card: the session it shows, and the card's other sessions (a previous link). */
export interface Card {
  cardId: string;
  /** A completed session if any (the customer finished on it), else the newest. */
  shown: HandoffSession;
  /** The newest session (the one a refresh replaces). */
  newest: HandoffSession;
  /** Every other session of the card. */
  others: HandoffSession[];
}

/** Groups sessions into cards, in the order each card first appears in `sessions`. */
export function cardsOf(sessions: readonly HandoffSession[]): Card[] {
  const groups = new Map<string, HandoffSession[]>();
  for (const session of sessions) {
    const id = cardIdOf(session);
    const group = groups.get(id);
    if (group) group.push(session);
    else groups.set(id, [session]);
  }
  return [...groups].map(([cardId, group]) => {
    let newest = group[0] as HandoffSession;
    for (const s of group) if (newer(s, newest)) newest = s;
    const shown = group.find((s) => s.status === 'completed') ?? newest;
    return { cardId, shown, newest, others: group.filter((s) => s !== shown) };
  });
}

/** The sessions to draw as cards: one per card (fast path: no card has a second session). */
export function shownSessions(sessions: readonly HandoffSession[]): HandoffSession[] {
  if (!sessions.some((s) => s.cardId !== undefined && s.cardId !== s.id)) return [...sessions];
  return cardsOf(sessions).map((c) => c.shown);
}
