/**
 * The pre-flight part of the create form as typed (text for key=value maps), and its
 * conversion to the contract's Preflight.
 */
import type {
  ConnectUiLang,
  ConnectUiTheme,
  Preflight,
  IntegrationPreflight,
} from '../../../src-shared/models/preflight';
import { formatKeyValues, parseKeyValues } from './key-values';

/** One integration's fields as typed. */
export interface IntegrationDraft {
  userScopes: string;
  authorizationParams: string;
  connectionConfig: string;
  docsConnect: string;
}

/** The pre-flight fields as typed; '' means "the default". */
export interface PreflightDraft {
  lang: ConnectUiLang | '';
  theme: ConnectUiTheme | '';
  integrations: Record<string, IntegrationDraft>;
}

/** An untouched draft. */
export const emptyPreflightDraft = (): PreflightDraft => ({
  lang: '',
  theme: '',
  integrations: {},
});

/** An untouched integration. */
export const emptyIntegrationDraft = (): IntegrationDraft => ({
  userScopes: '',
  authorizationParams: '',
  connectionConfig: '',
  docsConnect: '',
});

/** The Preflight to send for the chosen integrations (undefined when nothing is set), and errors. */
export function preflightFromDraft(
  draft: PreflightDraft,
  integrations: string[],
): { preflight: Preflight | undefined; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, IntegrationPreflight> = {};
  for (const id of integrations) {
    const d = draft.integrations[id];
    if (!d) continue;
    const params = parseKeyValues(d.authorizationParams);
    const config = parseKeyValues(d.connectionConfig);
    errors.push(...params.errors.map((e) => `${id} OAuth parameters: ${e}`));
    errors.push(...config.errors.map((e) => `${id} connection config: ${e}`));
    const docs = d.docsConnect.trim();
    if (docs && !/^https:\/\/[^\s]+$/.test(docs)) errors.push(`${id} docs link: use an https URL.`);
    const entry: IntegrationPreflight = {
      ...(d.userScopes.trim() ? { userScopes: d.userScopes.trim() } : {}),
      ...(Object.keys(params.values).length ? { authorizationParams: params.values } : {}),
      ...(Object.keys(config.values).length ? { connectionConfig: config.values } : {}),
      ...(docs ? { docsConnect: docs } : {}),
    };
    if (Object.keys(entry).length > 0) out[id] = entry;
  }
  const preflight: Preflight = {
    ...(draft.lang ? { lang: draft.lang } : {}),
    ...(draft.theme ? { theme: draft.theme } : {}),
    ...(Object.keys(out).length > 0 ? { integrations: out } : {}),
  };
  return { preflight: Object.keys(preflight).length > 0 ? preflight : undefined, errors };
}

/** A saved preset back into form fields. */
export function draftFromPreflight(preflight: Preflight): PreflightDraft {
  const integrations: Record<string, IntegrationDraft> = {};
  for (const [id, p] of Object.entries(preflight.integrations ?? {})) {
    integrations[id] = {
      userScopes: p.userScopes ?? '',
      authorizationParams: formatKeyValues(p.authorizationParams),
      connectionConfig: formatKeyValues(p.connectionConfig),
      docsConnect: p.docsConnect ?? '',
    };
  }
  return { lang: preflight.lang ?? '', theme: preflight.theme ?? '', integrations };
}
