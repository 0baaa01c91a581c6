/**
 * Validators for the fields shared by POST /connect/sessions and /connect/sessions/reconnect,
 * mirroring the server's zod schemas (strict where the server is strict).
 */
import {
  checkString,
  type Issue,
  invalidType,
  isObject,
  optional,
  unrecognizedKeys,
} from './issues';
import { validateTags } from './validate-tags';

/** Integration unique keys: legacy-friendly characters, at most 255. */
const PROVIDER_CONFIG_KEY = /^[a-zA-Z0-9~:.@ _-]+$/;
/** Connection ids: the server's permissive legacy pattern. */
export const CONNECTION_ID = /^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$/;

/** A string matching {@link PROVIDER_CONFIG_KEY}. */
export function checkProviderConfigKey(value: unknown, path: string[]): Issue[] {
  return checkString(value, path, { pattern: PROVIDER_CONFIG_KEY, max: 255 });
}

/** The deprecated `end_user` object. */
export function checkEndUser(value: unknown, path: string[]): Issue[] {
  if (!isObject(value)) return [invalidType('object', value, path)];
  return [
    ...checkString(value.id, [...path, 'id'], { min: 1, max: 255 }),
    ...optional(value.email, (v) => checkString(v, [...path, 'email'], { email: true, min: 5 })),
    ...optional(value.display_name, (v) => checkString(v, [...path, 'display_name'], { max: 255 })),
    // The deprecated end-user tags accept empty values, unlike connection tags.
    ...optional(value.tags, (v) => validateTags(v, [...path, 'tags'], 0)),
    ...unrecognizedKeys(value, ['id', 'email', 'display_name', 'tags'], path),
  ];
}

/** The deprecated `organization` object. */
export function checkOrganization(value: unknown, path: string[]): Issue[] {
  if (!isObject(value)) return [invalidType('object', value, path)];
  return [
    ...checkString(value.id, [...path, 'id'], { max: 255 }),
    ...optional(value.display_name, (v) => checkString(v, [...path, 'display_name'], { max: 255 })),
    ...unrecognizedKeys(value, ['id', 'display_name'], path),
  ];
}

/** `allowed_integrations`: an array of integration keys (existence is checked later). */
export function checkAllowedIntegrations(value: unknown, path: string[]): Issue[] {
  if (!Array.isArray(value)) return [invalidType('array', value, path)];
  return value.flatMap((item, i) => checkProviderConfigKey(item, [...path, String(i)]));
}

/** A record keyed by integration key whose values pass `checkValue`. */
function checkIntegrationRecord(
  value: unknown,
  path: string[],
  checkValue: (v: unknown, at: string[]) => Issue[],
): Issue[] {
  if (!isObject(value)) return [invalidType('record', value, path)];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = [...path, key];
    if (checkProviderConfigKey(key, at).length > 0) {
      return [{ code: 'invalid_key', message: 'Invalid key in record', path: at }];
    }
    return checkValue(item, at);
  });
}

function checkStringRecord(value: unknown, path: string[]): Issue[] {
  if (!isObject(value)) return [invalidType('record', value, path)];
  return Object.entries(value).flatMap(([k, v]) => checkString(v, [...path, k]));
}

function checkConfigDefault(value: unknown, path: string[]): Issue[] {
  if (!isObject(value)) return [invalidType('object', value, path)];
  const config = value.connection_config;
  return [
    ...optional(value.user_scopes, (v) => checkString(v, [...path, 'user_scopes'])),
    ...optional(value.authorization_params, (v) =>
      checkStringRecord(v, [...path, 'authorization_params']),
    ),
    // connection_config is a loose object: extra keys are allowed and kept.
    ...optional(config, (v) =>
      isObject(v)
        ? optional(v.oauth_scopes_override, (s) =>
            checkString(s, [...path, 'connection_config', 'oauth_scopes_override']),
          )
        : [invalidType('object', v, [...path, 'connection_config'])],
    ),
    ...unrecognizedKeys(value, ['user_scopes', 'authorization_params', 'connection_config'], path),
  ];
}

function checkOverride(value: unknown, path: string[]): Issue[] {
  // Not strict on the server: unknown keys are dropped, not refused.
  if (!isObject(value)) return [invalidType('object', value, path)];
  return optional(value.docs_connect, (v) => checkString(v, [...path, 'docs_connect']));
}

/** `integrations_config_defaults`. */
export function checkConfigDefaults(value: unknown, path: string[]): Issue[] {
  return checkIntegrationRecord(value, path, checkConfigDefault);
}

/** `overrides`. */
export function checkOverrides(value: unknown, path: string[]): Issue[] {
  return checkIntegrationRecord(value, path, checkOverride);
}
