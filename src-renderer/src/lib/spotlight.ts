/**
 * Which live card shows the one scannable QR code. A phone pointed at a screen with several
 * codes may read any of them, so exactly one live session is "in the spotlight": the one the
 * rep chose ("Show QR", presenter view), or else the newest live one.
 */
import type { HandoffSession } from '../../../src-shared/models/session';
import { effectiveStatus } from './session-status';

/** The id of the session whose QR is drawn in full at `now`, or null when none is live. */
export function spotlightId(
  sessions: readonly HandoffSession[],
  chosenId: string | null,
  now: number,
): string | null {
  const live = sessions.filter((s) => effectiveStatus(s, now) === 'active');
  if (chosenId !== null && live.some((s) => s.id === chosenId)) return chosenId;
  let newest: HandoffSession | null = null;
  for (const session of live) {
    if (
      newest === null ||
      session.createdAt > newest.createdAt ||
      (session.createdAt === newest.createdAt && session.id > newest.id)
    ) {
      newest = session;
    }
  }
  return newest?.id ?? null;
}
