/**
 * On a Connected card: save the new connection to the reconnect desk (with its tags), so support
 * can find it when it breaks.
 */
import { useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { getApi } from '../../api';
import { useConnectionsStore } from '../../stores/use-connections-store';

export interface SaveToDeskButtonProps {
  session: HandoffSession;
  onError: (error: AppError | null) => void;
}

/** The button; says "Saved to desk" once done. */
export function SaveToDeskButton({ session, onError }: SaveToDeskButtonProps) {
  const done = session.completion;
  const saved = useConnectionsStore((s) =>
    s.connections.some(
      (c) =>
        c.profileId === session.profileId &&
        c.connectionId === done?.connectionId &&
        c.integrationId === done?.integrationId,
    ),
  );
  const [busy, setBusy] = useState(false);
  if (!done) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy || saved}
      data-testid="save-to-desk"
      onClick={async () => {
        setBusy(true);
        const result = await getApi().sessions.saveToDesk({ id: session.id });
        setBusy(false);
        onError(result.ok ? null : result.error);
      }}
    >
      {saved ? 'Saved to desk' : 'Save to reconnect desk'}
    </button>
  );
}
