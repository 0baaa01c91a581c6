/**
 * Checks that run after the schema passed: every referenced integration must exist, and
 * docs_connect overrides need a plan feature.
 */
import type { ServerDeps } from '../deps';
import type { Issue } from '../issues';
import { errorReply, issuesReply, type Reply } from '../reply';
import type { SessionBody } from '../validate-session-body';

const MISSING = 'Integration does not exist';

function missingKeys(record: Record<string, unknown> | undefined, deps: ServerDeps, path: string) {
  return Object.keys(record ?? {})
    .filter((key) => !deps.state.integrations.has(key))
    .map((key): Issue => ({ code: 'custom', message: MISSING, path: [path, key] }));
}

/** The 400 or 403 the server would send, or undefined when the body may proceed. */
export function checkIntegrations(body: SessionBody, deps: ServerDeps): Reply | undefined {
  // `[]` is accepted and means every integration, so it is not checked.
  const allowed = (body.allowed_integrations ?? [])
    .map((key, i): Issue | undefined =>
      deps.state.integrations.has(key)
        ? undefined
        : { code: 'custom', message: MISSING, path: ['allowed_integrations', String(i)] },
    )
    .filter((issue): issue is Issue => issue !== undefined);
  if (allowed.length > 0) return issuesReply('invalid_body', allowed);

  const records = [
    ...missingKeys(body.integrations_config_defaults, deps, 'integrations_config_defaults'),
    ...missingKeys(body.overrides, deps, 'overrides'),
  ];
  if (records.length > 0) return issuesReply('invalid_body', records);

  // Truthiness like the server: an empty docs_connect string is not an override.
  const overridesDocs = Object.values(body.overrides ?? {}).some((o) => Boolean(o.docs_connect));
  if (overridesDocs && !deps.settings.docsConnectAllowed) {
    return errorReply(403, 'forbidden', 'You are not allowed to override the docs connect url');
  }
  return undefined;
}
