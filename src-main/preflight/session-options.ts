/**
 * Turns a handoff's pre-flight into what Nango and the phone need: the session's
 * `integrations_config_defaults` / `overrides`, the link's `lang` / `theme`, and the
 * deprecated `end_user` / `organization` inputs mapped to the tags they stand for.
 */
import type { FieldError } from '../../src-shared/contract/result';
import type { ConnectUiLang, ConnectUiTheme, Preflight } from '../../src-shared/models/preflight';
import type { Tags } from '../../src-shared/models/session';
import { AppFailure } from '../errors/app-failure';
import type { SessionOptions } from '../nango/nango-client-types';

/** The deprecated inputs, as the contract validated them. */
export interface LegacyInputs {
  endUser?: { id: string; email?: string; displayName?: string } | undefined;
  organization?: { id: string; displayName?: string } | undefined;
}

/**
 * The tags with the deprecated inputs merged in, as the server would merge them
 * (`end_user_id`, `end_user_email`, `end_user_display_name`, `organization_id`,
 * `organization_display_name`). A tag given both ways with different values is refused.
 * The merged count is checked by the caller's tag validation: over 10 the server answers 500.
 */
export function mergeLegacyTags(tags: Tags, legacy: LegacyInputs): Tags {
  const extra: [string, string | undefined, string[]][] = [
    ['end_user_id', legacy.endUser?.id, ['endUser', 'id']],
    ['end_user_email', legacy.endUser?.email, ['endUser', 'email']],
    ['end_user_display_name', legacy.endUser?.displayName, ['endUser', 'displayName']],
    ['organization_id', legacy.organization?.id, ['organization', 'id']],
    [
      'organization_display_name',
      legacy.organization?.displayName,
      ['organization', 'displayName'],
    ],
  ];
  const merged = { ...tags };
  const clashes: FieldError[] = [];
  for (const [key, value, path] of extra) {
    if (value === undefined || value === '') continue;
    const current = Object.entries(merged).find(([k]) => k.toLowerCase() === key)?.[1];
    if (current !== undefined && current !== value) {
      clashes.push({ path, message: `Also given as tag ${key} with another value.` });
      continue;
    }
    merged[key] = value;
  }
  if (clashes.length > 0) {
    throw new AppFailure(
      'invalid_input',
      'The old-style customer fields clash with the tags.',
      clashes,
    );
  }
  return merged;
}

/** The session body options for Nango (only what was set). */
export function sessionOptions(preflight: Preflight | undefined, withDocs = true): SessionOptions {
  const configs: NonNullable<SessionOptions['integrationsConfigDefaults']> = {};
  const overrides: NonNullable<SessionOptions['overrides']> = {};
  for (const [key, p] of Object.entries(preflight?.integrations ?? {})) {
    const config = {
      ...(p.userScopes ? { userScopes: p.userScopes } : {}),
      ...(nonEmpty(p.authorizationParams) ? { authorizationParams: p.authorizationParams } : {}),
      ...(nonEmpty(p.connectionConfig) ? { connectionConfig: p.connectionConfig } : {}),
    };
    if (Object.keys(config).length > 0) configs[key] = config;
    if (withDocs && p.docsConnect) overrides[key] = { docsConnect: p.docsConnect };
  }
  return {
    ...(Object.keys(configs).length > 0 ? { integrationsConfigDefaults: configs } : {}),
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
}

/** The phone's Connect UI settings appended to a (vetted) link; `apiURL` is kept. */
export function withPhoneParams(
  link: string,
  phone: { lang?: ConnectUiLang | undefined; theme?: ConnectUiTheme | undefined },
): string {
  if (!phone.lang && !phone.theme) return link;
  const url = new URL(link);
  if (phone.lang) url.searchParams.set('lang', phone.lang);
  if (phone.theme) url.searchParams.set('theme', phone.theme);
  return url.toString();
}

const nonEmpty = (m: Record<string, string> | undefined): m is Record<string, string> =>
  m !== undefined && Object.keys(m).length > 0;
