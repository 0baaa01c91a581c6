/**
 * Keeps the sessions store in step with main's numbered `sessions:changed` deltas. A delta
 * that follows the last one applied is applied; an old one is ignored; a gap (a missed event,
 * or deltas before the first snapshot) is healed by asking for a snapshot, whose `sessionsSeq`
 * says which deltas it already contains. So a listener that missed an event resyncs itself.
 */
import type { SessionsChange } from '../../../src-shared/contract/events';
import type { HandoffSession } from '../../../src-shared/models/session';
import type { HandoffApi } from '../api';
import { useSessionsStore } from './use-sessions-store';

/** The sync's inputs: deltas as they arrive, snapshots as they are read. */
export interface SessionSync {
  receive(change: SessionsChange): void;
  baseline(sessions: HandoffSession[], seq: number): void;
}

/** A sync for one connection to main (connect-stores makes one per `connectStores`). */
export function createSessionSync(api: HandoffApi, isActive: () => boolean): SessionSync {
  let seq: number | null = null;
  let latest = 0;
  let resyncing = false;

  const resync = () => {
    if (resyncing) return;
    resyncing = true;
    void api.app.snapshot({}).then(
      (result) => {
        resyncing = false;
        if (isActive() && result.ok) sync.baseline(result.data.sessions, result.data.sessionsSeq);
      },
      () => {
        resyncing = false; // the next delta tries again
      },
    );
  };

  const sync: SessionSync = {
    receive(change) {
      latest = Math.max(latest, change.seq);
      if (seq !== null && change.seq <= seq) return;
      if (seq !== null && change.seq === seq + 1 && !resyncing) {
        seq = change.seq;
        useSessionsStore.getState().applyChange(change.upserted, change.removed, change.created);
        return;
      }
      resync();
    },
    baseline(sessions, snapshotSeq) {
      if (seq !== null && snapshotSeq <= seq) return;
      seq = snapshotSeq;
      useSessionsStore.getState().replaceAll(sessions);
      // Deltas newer than this snapshot came and went while it was on its way.
      if (latest > snapshotSeq) resync();
    },
  };
  return sync;
}
