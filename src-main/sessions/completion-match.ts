/**
 * Which listed connection, if any, shows that a session's customer finished. A connect session
 * is done when a connection carries its `handoff_id`; a reconnect session when its connection
 * carries the reconnect's `handoff_id` (the reconnect's tags replace the connection's on
 * completion) or, if it was broken when the link was made, once its auth error has cleared.
 */
import type { RemoteConnection } from '../../src-shared/models/connection';
import { HANDOFF_TAG } from '../../src-shared/tags/tag-rules';
import type { SessionRecord } from './session-record';

/** The connection that completes `record`, or undefined. */
export function findCompletion(
  record: SessionRecord,
  connections: readonly RemoteConnection[],
): RemoteConnection | undefined {
  const { view } = record;
  if (view.kind === 'connect') {
    return connections.find((c) => c.tags[HANDOFF_TAG] === view.id);
  }
  return connections.find(
    (c) =>
      c.connectionId === view.connectionId &&
      c.integrationId === view.integrationId &&
      (c.tags[HANDOFF_TAG] === view.id ||
        (record.baseline?.broken === true && !c.errors.some((e) => e.type === 'auth'))),
  );
}
