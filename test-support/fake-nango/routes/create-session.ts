/** POST /connect/sessions. */
import type { ServerDeps } from '../deps';
import { issuesReply, type Reply } from '../reply';
import { endUserFromBody, mergeSessionTags } from '../session-tags';
import { validateSessionBody } from '../validate-session-body';
import { checkIntegrations } from './integration-checks';
import { issueSession } from './issue-session';

/** Validates the body, checks integrations, then issues a 30-minute session. */
export function createSession(body: unknown, deps: ServerDeps): Reply {
  const parsed = validateSessionBody(body);
  if (!parsed.ok) return issuesReply('invalid_body', parsed.issues);
  const refused = checkIntegrations(parsed.body, deps);
  if (refused) return refused;
  const { allowed_integrations: allowed } = parsed.body;
  return issueSession(
    {
      kind: 'connect',
      tags: mergeSessionTags(parsed.body),
      endUser: endUserFromBody(parsed.body),
      // An empty list means every integration and is stored as "no restriction".
      allowedIntegrations: allowed && allowed.length > 0 ? [...allowed] : null,
      integrationsConfigDefaults: parsed.body.integrations_config_defaults ?? null,
      overrides: parsed.body.overrides ?? null,
      connectionRef: null,
    },
    deps,
  );
}
