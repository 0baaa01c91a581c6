/**
 * Connect links go to a customer's phone as a QR code, so the app only shows a link it can
 * vouch for: https (plain http only on loopback, which a default self-hosted Nango hands out:
 * `http://localhost:3009/?session_token=…`), on the profile's own Connect UI, carrying a
 * well-formed session token and nothing that could smuggle credentials. A server (or a man in
 * the middle of an http API URL) handing back anything else gets refused instead of rendered.
 */
import { NANGO_CLOUD_API } from '../../src-shared/models/profile';
import { isHttpsOrLoopbackHttp } from '../../src-shared/net/loopback-http';
import { NangoError } from './nango-error';
import { normaliseBaseUrl } from './nango-url';

const SESSION_TOKEN = /^nango_connect_session_[0-9a-f]{64}$/i;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const trimSlashes = (path: string): string => path.replace(/\/+$/, '');

/**
 * True when `link` is https (or http on loopback, the profile schema's rule), has the origin of
 * `connectUiBaseUrl` (and sits under its path),
 * has no user:password part, and carries exactly one `session_token` of the form
 * `nango_connect_session_<64 hex>`.
 */
export function isVettedConnectLink(link: string, connectUiBaseUrl: string): boolean {
  const url = parse(link);
  const base = parse(connectUiBaseUrl);
  if (!url || !base) return false;
  // Same origin as the base, so a loopback http link needs a loopback http Connect UI base.
  if (!isHttpsOrLoopbackHttp(url) || url.origin !== base.origin) return false;
  if (url.username !== '' || url.password !== '') return false;
  const basePath = trimSlashes(base.pathname);
  if (basePath !== '' && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    return false;
  }
  const tokens = url.searchParams.getAll('session_token');
  return tokens.length === 1 && SESSION_TOKEN.test(tokens[0] ?? '');
}

/** True when `apiBaseUrl` is Nango cloud's API (scheme, host and no path prefix). */
export function isNangoCloudApi(apiBaseUrl: string): boolean {
  const api = parse(apiBaseUrl);
  const cloud = new URL(NANGO_CLOUD_API);
  return api !== null && api.origin === cloud.origin && trimSlashes(api.pathname) === '';
}

/**
 * The link with `apiURL=<api base>` appended when the API is not Nango cloud: the Connect UI
 * otherwise talks to the cloud API and the phone would fail against a self-hosted server. Cloud
 * links come back unchanged. Throws NangoError('bad_response') when `link` is not vetted for
 * `connectUiBaseUrl`, so an unvetted link can never be dressed up and shown.
 */
export function withApiUrl(link: string, apiBaseUrl: string, connectUiBaseUrl: string): string {
  if (!isVettedConnectLink(link, connectUiBaseUrl)) {
    throw new NangoError(
      'bad_response',
      "Nango returned a connect link that is not on the profile's Connect UI (or not https, which only loopback may skip); it was not shown.",
    );
  }
  if (isNangoCloudApi(apiBaseUrl)) return link;
  const url = new URL(link);
  url.searchParams.set('apiURL', normaliseBaseUrl(apiBaseUrl));
  return url.toString();
}
