/**
 * API URLs. A self-hosted Nango can sit under a path prefix (`https://tools.acme.com/nango`),
 * so paths are appended to the base's path rather than resolved against its origin.
 */
import { NangoError } from './nango-error';

/** Query parameters in order; repeated keys allowed. */
export type QueryParams = ReadonlyArray<readonly [string, string]>;

/**
 * The base URL as origin + path without a trailing slash (query and fragment dropped), or a
 * NangoError('invalid_request') when it is not an http(s) URL.
 */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw badBase();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badBase();
  if (url.username || url.password) throw badBase();
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * The origin requests for `baseUrl` go to (scheme, host, port): what a secret key is bound to.
 * Throws like {@link normaliseBaseUrl}.
 */
export function apiOrigin(baseUrl: string): string {
  return new URL(normaliseBaseUrl(baseUrl)).origin;
}

/** `base` + `path` (which starts with `/`) + the encoded query. */
export function buildNangoUrl(baseUrl: string, path: string, query: QueryParams = []): string {
  const url = new URL(normaliseBaseUrl(baseUrl) + path);
  for (const [key, value] of query) url.searchParams.append(key, value);
  return url.toString();
}

function badBase(): NangoError {
  return new NangoError(
    'invalid_request',
    "The profile's API URL is not a valid http(s) URL without credentials.",
    { fields: [{ path: ['apiBaseUrl'], message: 'Enter a URL such as https://api.nango.dev' }] },
  );
}
