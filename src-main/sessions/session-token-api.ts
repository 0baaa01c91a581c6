/**
 * Calls made with a session token rather than the secret key: reading a session (is it still
 * live?) and revoking it. They go to the API origin that issued the session, so a profile
 * re-pointed at another server never receives, or is asked about, another server's tokens.
 */
import type { NangoClient } from '../nango/nango-client';

/** Read and revoke by origin + token. Both reject with `NangoError` (`session_gone` when dead). */
export interface SessionTokenApi {
  /** GET /connect/session: resolves when the session is live. */
  check(apiBaseUrl: string, token: string): Promise<void>;
  /** DELETE /connect/session. */
  revoke(apiBaseUrl: string, token: string): Promise<void>;
}

/** A SessionTokenApi over per-origin clients that never read a secret key. */
export function createSessionTokenApi(
  clientFor: (
    apiBaseUrl: string,
  ) => Pick<NangoClient, 'getConnectSession' | 'deleteConnectSession'>,
): SessionTokenApi {
  return {
    async check(apiBaseUrl, token) {
      await clientFor(apiBaseUrl).getConnectSession(token);
    },
    revoke: (apiBaseUrl, token) => clientFor(apiBaseUrl).deleteConnectSession(token),
  };
}
