/**
 * The desk's live-region message. One about a link ("Reconnect link ready…") is only true while
 * that link is live: once it expires or is revoked the message goes, instead of standing next
 * to a dead card.
 */
import type { HandoffSession } from '../../../../src-shared/models/session';

/** What the desk last said, and the link it was about, if any. */
export interface DeskAnnouncement {
  message: string;
  sessionId?: string | undefined;
}

/** Says something in the desk's live region, optionally about one link. */
export type Announce = (message: string, sessionId?: string) => void;

/** The text to show now: the message, unless the link it is about is no longer live. */
export function announcementText(
  announcement: DeskAnnouncement | null,
  sessions: readonly HandoffSession[],
  now: number,
): string {
  if (!announcement) return '';
  const { message, sessionId } = announcement;
  if (sessionId === undefined) return message;
  const session = sessions.find((s) => s.id === sessionId);
  const live = session?.status === 'active' && Date.parse(session.expiresAt) > now;
  return live ? message : '';
}
