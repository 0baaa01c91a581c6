/** POST /connect/sessions/reconnect. */
import type { ServerDeps } from '../deps';
import { errorReply, issuesReply, type Reply } from '../reply';
import { endUserFromBody, tagsFromEndUser } from '../session-tags';
import { lowercaseKeys } from '../state';
import { validateReconnectBody } from '../validate-session-body';
import { checkIntegrations } from './integration-checks';
import { issueSession } from './issue-session';

/** Issues a session that repairs one existing connection. */
export function reconnectSession(body: unknown, deps: ServerDeps): Reply {
  const parsed = validateReconnectBody(body);
  if (!parsed.ok) return issuesReply('invalid_body', parsed.issues);
  const { connection_id: connectionId, integration_id: integrationId } = parsed.body;
  const connection = deps.state.findConnections(connectionId, integrationId)[0];
  if (!connection) {
    // Sic: the server's grammar, and no `errors` array.
    return errorReply(400, 'invalid_body', 'ConnectionID or IntegrationId does not exists');
  }
  const refused = checkIntegrations(parsed.body, deps);
  if (refused) return refused;
  return issueSession(
    {
      kind: 'reconnect',
      // Always an object, possibly empty: completing a reconnect sent without tags wipes the
      // connection's tags.
      tags: {
        ...tagsFromEndUser(parsed.body.end_user, parsed.body.organization),
        ...lowercaseKeys(parsed.body.tags ?? {}),
      },
      endUser: endUserFromBody(parsed.body),
      allowedIntegrations: [integrationId],
      integrationsConfigDefaults: parsed.body.integrations_config_defaults ?? null,
      overrides: parsed.body.overrides ?? null,
      connectionRef: connection.id,
    },
    deps,
  );
}
