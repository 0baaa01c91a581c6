/**
 * What a card says when its link is not simply live: a queued revoke (the link may still work
 * until Nango confirms), a restored link not yet confirmed by Nango, or what the customer
 * connected.
 */
import type { HandoffSession } from '../../../../src-shared/models/session';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { timeStyle: 'short' });

export interface SessionStateNoteProps {
  session: HandoffSession;
}

/** The note, or nothing for a plain live or dead card. */
export function SessionStateNote({ session }: SessionStateNoteProps) {
  const { revokePending, verification, completion } = session;
  if (revokePending) {
    return (
      <p className="state-note state-note--pending" role="status" data-testid="revoke-pending">
        <strong>Revoke pending.</strong> {revokePending.reason} Handoff keeps trying
        {revokePending.nextAttemptAt ? ` (next at ${time(revokePending.nextAttemptAt)})` : ''} until
        Nango confirms; the link may work until then, at most until {time(session.expiresAt)}.
      </p>
    );
  }
  if (session.status === 'completed' && completion) {
    return (
      <dl className="state-note state-note--done" data-testid="completion">
        <div>
          <dt>Integration</dt>
          <dd>{completion.integrationId}</dd>
        </div>
        <div>
          <dt>Connection</dt>
          <dd className="mono">{completion.connectionId}</dd>
        </div>
        <div>
          <dt>Connected at</dt>
          <dd>{time(completion.at)}</dd>
        </div>
      </dl>
    );
  }
  if (verification === 'unverified') {
    return (
      <p className="state-note state-note--pending" role="status" data-testid="unverified">
        <strong>Unverified.</strong> Restored after a restart, but Nango could not be asked whether
        this link still works. Handoff checks again when the network is back.
      </p>
    );
  }
  if (verification === 'checking') {
    return (
      <p className="state-note" role="status" data-testid="checking">
        Restored: checking this link with Nango…
      </p>
    );
  }
  return null;
}
