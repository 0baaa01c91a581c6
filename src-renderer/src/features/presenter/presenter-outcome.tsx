/**
 * What takes the code's place once the link is no longer scannable: a success screen the
 * customer can see from across the desk, or a plain "expired" / "revoked" panel.
 */
import type { HandoffSession, SessionStatus } from '../../../../src-shared/models/session';

export interface PresenterOutcomeProps {
  session: HandoffSession;
  status: SessionStatus;
  integrations: string[];
}

/** The big panel beside the details. */
export function PresenterOutcome({ session, status, integrations }: PresenterOutcomeProps) {
  if (status === 'completed') {
    const at = session.completion?.at ?? session.statusChangedAt;
    return (
      <div
        className="presenter__outcome presenter__outcome--success"
        data-testid="presenter-success"
      >
        <span className="presenter__check" aria-hidden="true" />
        <p className="presenter__outcome-title">Connected</p>
        <p className="presenter__outcome-text">
          {integrations.length > 0 ? `${integrations.join(', ')} is connected.` : 'All done.'}
          {at ? ` ${new Date(at).toLocaleTimeString([], { timeStyle: 'short' })}` : ''}
        </p>
      </div>
    );
  }
  return (
    <div className="presenter__outcome presenter__outcome--dead" data-testid="presenter-dead">
      <p className="presenter__outcome-title">{status === 'revoked' ? 'Revoked' : 'Expired'}</p>
      <p className="presenter__outcome-text">This code no longer works. Create a new link.</p>
    </div>
  );
}
