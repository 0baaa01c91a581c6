/**
 * What a session card shows, combining main's status with the renderer's clock: an `active`
 * session whose time is up is shown as expired at once, before main's event arrives.
 */
import { cardCreatedAtOf } from '../../../src-shared/models/card-lineage';
import type { HandoffSession, SessionStatus } from '../../../src-shared/models/session';

/** The status to show for `session` at time `now` (epoch ms). */
export function effectiveStatus(session: HandoffSession, now: number): SessionStatus {
  if (session.status !== 'active') return session.status;
  const end = Date.parse(session.expiresAt);
  return !Number.isNaN(end) && now >= end ? 'expired' : 'active';
}

/** Words for a status, for badges and overlays. */
export const STATUS_LABEL: Record<SessionStatus, string> = {
  active: 'Live',
  expired: 'Expired',
  revoked: 'Revoked',
  completed: 'Connected',
};

/**
 * Live sessions first, then the rest; newest card first within each group (a refreshed card
 * keeps its place: it is as old as its first link).
 */
export function sortSessions(sessions: HandoffSession[]): HandoffSession[] {
  const rank = (s: HandoffSession) => (s.status === 'active' ? 0 : 1);
  return [...sessions].sort(
    (a, b) => rank(a) - rank(b) || cardCreatedAtOf(b).localeCompare(cardCreatedAtOf(a)),
  );
}
