/** "Save to reconnect desk" on a Connected card: the new connection, with its current tags. */
import type { SavedConnection } from '../../src-shared/models/connection';
import { AppFailure } from '../errors/app-failure';
import type { SessionService } from '../sessions/session-service';
import type { ConnectionService } from './connection-service';

/** Saves (or updates) the desk row for a completed session's connection. */
export function saveToDesk(
  sessions: SessionService,
  connections: ConnectionService,
  id: string,
): SavedConnection {
  const session = sessions.get(id);
  const done = session.completion;
  if (session.status !== 'completed' || !done) {
    throw new AppFailure('conflict', 'Only a connected session can be saved to the desk.');
  }
  const rows = connections.import(session.profileId, [
    {
      connectionId: done.connectionId,
      integrationId: done.integrationId,
      label: session.label,
      tags: session.tags,
    },
  ]);
  const row = rows.find(
    (r) =>
      r.profileId === session.profileId &&
      r.connectionId === done.connectionId &&
      r.integrationId === done.integrationId,
  );
  if (!row) throw new AppFailure('internal', 'The connection could not be saved.');
  return row;
}
