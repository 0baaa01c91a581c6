/**
 * Which live card shows the one scannable QR code. A phone pointed at a screen with several
 * codes may read any of them, so exactly one live session is "in the spotlight": the one the
 * rep chose ("Show QR", presenter view), or else the newest live one.
 */
import { cardCreatedAtOf, shownSessions } from '../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../src-shared/models/session';
import { effectiveStatus } from './session-status';

/** The id of the session whose QR is drawn in full at `now`, or null when none is live. */
export function spotlightId(
  sessions: readonly HandoffSession[],
  chosenId: string | null,
  now: number,
): string | null {
  // One code per card: a refreshed card's previous link (still valid for its overlap) is
  // never drawn, and its newer link does not make the card count as new.
  const live = shownSessions(sessions).filter((s) => effectiveStatus(s, now) === 'active');
  if (chosenId !== null && live.some((s) => s.id === chosenId)) return chosenId;
  let newest: HandoffSession | null = null;
  for (const session of live) {
    const at = cardCreatedAtOf(session);
    const best = newest === null ? '' : cardCreatedAtOf(newest);
    if (newest === null || at > best || (at === best && session.id > newest.id)) {
      newest = session;
    }
  }
  return newest?.id ?? null;
}

/**
 * The first clock time after `now` at which {@link spotlightId} can answer differently for
 * the same sessions and choice: the soonest expiry of a session still live at `now` (its
 * status then flips on the renderer's clock). `Infinity` when none will. The clock ticks every
 * second, but the spotlight only needs recomputing at these moments.
 */
export function nextSpotlightChange(sessions: readonly HandoffSession[], now: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const session of sessions) {
    if (session.status !== 'active') continue;
    const end = Date.parse(session.expiresAt);
    if (end > now && end < next) next = end;
  }
  return next;
}
