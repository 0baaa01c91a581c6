/**
 * Revoke all: one action that kills every live link of every profile (the end of a screen
 * share, a laptop left alone), then says what Nango confirmed and what is queued.
 */
import { useState } from 'react';
import type { RevokeAllSummary } from '../../../../src-shared/models/session';
import { errorMessage } from '../../lib/error-message';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { InlineConfirm } from '../../ui/inline-confirm';

/** Words for a summary. */
export function describeRevokeAll({ revoked, queued }: RevokeAllSummary): string {
  const links = (n: number) => (n === 1 ? '1 link' : `${n} links`);
  if (revoked + queued === 0) return 'No link was live.';
  const parts = [`Revoked ${links(revoked)}.`];
  if (queued > 0) {
    parts.push(`${links(queued)} queued: Nango could not be reached; Handoff keeps trying.`);
  }
  return parts.join(' ');
}

/** The button (with an inline confirmation) and its summary. */
export function RevokeAll() {
  const live = useSessionsStore((s) => s.sessions.filter((x) => x.status === 'active').length);
  const revokeAll = useSessionsStore((s) => s.revokeAll);
  const result = useSessionsStore((s) => s.revokeAllResult);
  const asked = useSessionsStore((s) => s.revokeAllAsked);
  const settleAsk = useSessionsStore((s) => s.settleRevokeAllAsk);
  const [pending, setPending] = useState(false);
  const summary = !result
    ? ''
    : result.ok
      ? describeRevokeAll(result.data)
      : errorMessage(result.error);
  return (
    <div className="revoke-all">
      {live > 0 ? (
        <InlineConfirm
          label="Revoke all"
          question={`Revoke all ${live === 1 ? '1 live link' : `${live} live links`}, in every profile?`}
          confirmLabel="Revoke all"
          pending={pending}
          testId="revoke-all"
          confirmTestId="revoke-all-confirm"
          key={asked ? 'asked' : 'idle'}
          initiallyAsking={asked}
          onClose={settleAsk}
          onConfirm={async () => {
            setPending(true);
            await revokeAll();
            setPending(false);
          }}
        />
      ) : null}
      <p className="revoke-all__summary" role="status" data-testid="revoke-all-summary">
        {summary}
      </p>
    </div>
  );
}
