/**
 * Body validation for POST /connect/sessions and POST /connect/sessions/reconnect, in the order
 * the server's strict zod objects report issues (fields in schema order, then unknown keys).
 */
import {
  checkString,
  type Issue,
  invalidType,
  isObject,
  optional,
  unrecognizedKeys,
} from './issues';
import type { Tags } from './types';
import {
  CONNECTION_ID,
  checkAllowedIntegrations,
  checkConfigDefaults,
  checkEndUser,
  checkOrganization,
  checkOverrides,
  checkProviderConfigKey,
} from './validate-fields';
import { validateTags } from './validate-tags';

/** The deprecated end-user input. */
export interface EndUserBody {
  id: string;
  email?: string;
  display_name?: string;
  tags?: Tags;
}

/** A valid POST /connect/sessions body. */
export interface SessionBody {
  end_user?: EndUserBody;
  organization?: { id: string; display_name?: string };
  allowed_integrations?: string[];
  integrations_config_defaults?: Record<string, Record<string, unknown>>;
  overrides?: Record<string, { docs_connect?: string }>;
  tags?: Tags;
}

/** A valid POST /connect/sessions/reconnect body. */
export interface ReconnectBody extends Omit<SessionBody, 'allowed_integrations'> {
  connection_id: string;
  integration_id: string;
}

/** Either the typed body or the issues to send back. */
export type Validated<T> = { ok: true; body: T } | { ok: false; issues: Issue[] };

const SESSION_KEYS = [
  'end_user',
  'organization',
  'allowed_integrations',
  'integrations_config_defaults',
  'overrides',
  'tags',
] as const;
// allowed_integrations is absent: the server forces the one integration and refuses the key.
const RECONNECT_KEYS = [
  'connection_id',
  'integration_id',
  'end_user',
  'organization',
  'integrations_config_defaults',
  'overrides',
  'tags',
] as const;

function sharedIssues(body: Record<string, unknown>): Issue[] {
  return [
    ...optional(body.organization, (v) => checkOrganization(v, ['organization'])),
    ...optional(body.allowed_integrations, (v) =>
      checkAllowedIntegrations(v, ['allowed_integrations']),
    ),
    ...optional(body.integrations_config_defaults, (v) =>
      checkConfigDefaults(v, ['integrations_config_defaults']),
    ),
    ...optional(body.overrides, (v) => checkOverrides(v, ['overrides'])),
    ...optional(body.tags, (v) => validateTags(v, ['tags'])),
  ];
}

/** Keeps only `docs_connect` in each override, as the non-strict server schema does. */
function stripOverrides(body: Record<string, unknown>): void {
  if (!isObject(body.overrides)) return;
  body.overrides = Object.fromEntries(
    Object.entries(body.overrides).map(([key, value]) => {
      const docs = isObject(value) ? value.docs_connect : undefined;
      return [key, docs === undefined ? {} : { docs_connect: docs }];
    }),
  );
}

/** Validates a create-session body. `undefined` (no Content-Type) fails at path `[]`. */
export function validateSessionBody(body: unknown): Validated<SessionBody> {
  if (!isObject(body)) return { ok: false, issues: [invalidType('object', body, [])] };
  const issues: Issue[] = [];
  if (body.end_user !== undefined) issues.push(...checkEndUser(body.end_user, ['end_user']));
  // "Either end_user or tags": an empty body reports only end_user, as a required field would.
  else if (body.tags === undefined) issues.push(invalidType('object', undefined, ['end_user']));
  issues.push(...sharedIssues(body), ...unrecognizedKeys(body, SESSION_KEYS, []));
  if (issues.length > 0) return { ok: false, issues };
  stripOverrides(body);
  return { ok: true, body: body as SessionBody };
}

export function validateReconnectBody(body: unknown): Validated<ReconnectBody> {
  if (!isObject(body)) return { ok: false, issues: [invalidType('object', body, [])] };
  const issues: Issue[] = [
    ...checkString(body.connection_id, ['connection_id'], { pattern: CONNECTION_ID, max: 255 }),
    ...checkProviderConfigKey(body.integration_id, ['integration_id']),
    ...optional(body.end_user, (v) => checkEndUser(v, ['end_user'])),
    ...sharedIssues(body),
    ...unrecognizedKeys(body, RECONNECT_KEYS, []),
  ];
  if (issues.length > 0) return { ok: false, issues };
  stripOverrides(body);
  return { ok: true, body: body as unknown as ReconnectBody };
}
