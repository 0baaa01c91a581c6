/**
 * The words beside a row's reconnect card, true to the link's state: what to do with a live
 * link, and what a dead one means (it no longer repairs anything; press Reconnect for another).
 */
import type { SessionStatus } from '../../../../src-shared/models/session';

export interface DeskSessionIntroProps {
  name: string;
  status: SessionStatus;
  /** The integration's display name (or id). */
  integration: string;
  connectionId: string;
}

const DEAD: Record<Exclude<SessionStatus, 'active'>, { title: string; next: string }> = {
  expired: {
    title: 'Reconnect link expired',
    next: 'It no longer works. If the customer still needs to sign in again, press Reconnect for a new link.',
  },
  revoked: {
    title: 'Reconnect link revoked',
    next: 'It no longer works. Press Reconnect for a new link if the customer still needs one.',
  },
  // Completion of a reconnect is the connection's auth error clearing: it is repaired.
  completed: {
    title: 'Connection repaired',
    next: 'The customer signed in again, so this connection works, with its tags kept, and its link can repair nothing more. If the row still says Broken, press Refresh statuses.',
  },
};

/** The intro next to the card. */
export function DeskSessionIntro({
  name,
  status,
  integration,
  connectionId,
}: DeskSessionIntroProps) {
  if (status !== 'active') {
    const dead = DEAD[status];
    return (
      <div className="desk-session__intro" data-testid="desk-session-intro" data-status={status}>
        <p className="desk-session__title">
          {dead.title} for <strong>{name}</strong>
        </p>
        <p className="muted small">{dead.next}</p>
      </div>
    );
  }
  return (
    <div className="desk-session__intro" data-testid="desk-session-intro" data-status={status}>
      <p className="desk-session__title">
        <span className="desk-session__arrow" aria-hidden="true" />
        Reconnect link for <strong>{name}</strong>
      </p>
      <p className="muted small">
        Show the QR code to the customer. They sign in to <strong>{integration}</strong> again on
        their phone and connection <code>{connectionId}</code> is repaired with its tags kept.
      </p>
      <p className="muted small">
        When they are done, revoke the link and press <strong>Refresh statuses</strong>: the row
        turns Repaired.
      </p>
    </div>
  );
}
