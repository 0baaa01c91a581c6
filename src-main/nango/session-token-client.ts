/**
 * Calls made with a connect session's own token (`GET`/`DELETE /connect/session`), addressed by
 * the API base URL that ISSUED the session, never by a profile's current settings: a profile
 * can be re-pointed at another server while its links are still live, and only the issuing
 * server can say whether one of its tokens is dead. Every call goes through nango-http.ts, so
 * through the RequestScheduler, in that server's session-token bucket (the server counts these
 * apart from secret-key calls).
 */
import type { NetworkMonitor } from '../network/network-monitor';
import type { RequestPriority, RequestScheduler } from '../network/request-scheduler';
import { systemClock, type Clock } from '../platform/clock';
import type { NangoRoute } from './nango-api-types';
import { sessionTokenBucket } from './nango-buckets';
import { NangoError } from './nango-error';
import { nangoRequest, type NangoHttpDeps, type RequestTimers } from './nango-http';
import { connectSessionSchema } from './nango-schemas';
import { parseResponse } from './parse-response';

/** Where a session lives: the API base URL that issued it, and its token. */
export interface SessionRef {
  /** The issuing API base URL, path prefix included (as the profile had it at creation). */
  apiBaseUrl: string;
  token: string;
}

/**
 * What a revoke established. `revoked`: the server answered 204. `already_gone`: the issuing
 * server answered 401 `unknown_connect_session_token` (revoked elsewhere, or expired). Both
 * mean the link is verifiably dead; anything else is thrown.
 */
export type RevokeOutcome = 'revoked' | 'already_gone';

/** Whether the issuing server still honours a token. */
export type SessionLiveness = 'live' | 'gone';

/** The session-token calls. Every method rejects with NangoError when the answer is unclear. */
export interface SessionTokenClient {
  /**
   * Asks the issuing server whether the token is still live (for restore checks): `gone` only
   * on 401 `unknown_connect_session_token`; offline, 5xx and other answers reject.
   */
  probe(ref: SessionRef, priority?: RequestPriority): Promise<SessionLiveness>;
  /** Revokes at the issuing server; resolves only when that server confirmed the link is dead. */
  revoke(ref: SessionRef, priority?: RequestPriority): Promise<RevokeOutcome>;
}

/** Options for {@link createSessionTokenClient}; the same parts every Nango call uses. */
export interface SessionTokenClientOptions {
  fetch: typeof fetch;
  scheduler: RequestScheduler;
  monitor: NetworkMonitor;
  /** Real-time request timeout (ms). */
  timeoutMs: number;
  /** Real-time timers for the timeout. Default: the system clock. */
  timers?: RequestTimers;
  /** Domain clock, to read reset times. Default: the system clock. */
  clock?: Pick<Clock, 'now'>;
}

// Typed against Nango's published routes, like the rest of the client.
const READ: NangoRoute = { method: 'GET', path: '/connect/session' };
const REVOKE: NangoRoute = { method: 'DELETE', path: '/connect/session' };

/** The one code that proves the issuing server no longer knows a token. */
const UNKNOWN_TOKEN = 'unknown_connect_session_token';

/** True when `error` is the issuing server's "no such token" answer (401 unknown_…). */
function isConfirmedGone(error: unknown): boolean {
  return (
    error instanceof NangoError &&
    error.kind === 'session_gone' &&
    error.details.code === UNKNOWN_TOKEN
  );
}

/** Builds the client. Stateless: each call names its server. */
export function createSessionTokenClient(options: SessionTokenClientOptions): SessionTokenClient {
  const depsFor = (apiBaseUrl: string): NangoHttpDeps => ({
    baseUrl: apiBaseUrl,
    fetch: options.fetch,
    scheduler: options.scheduler,
    monitor: options.monitor,
    clock: options.clock ?? systemClock,
    timers: options.timers ?? systemClock,
    timeoutMs: options.timeoutMs,
  });
  const client: SessionTokenClient = {
    async probe(ref, priority) {
      try {
        await readConnectSession(depsFor(ref.apiBaseUrl), ref.token, priority);
        return 'live';
      } catch (error) {
        if (isConfirmedGone(error)) return 'gone';
        throw error;
      }
    },
    async revoke(ref, priority) {
      try {
        await deleteConnectSession(depsFor(ref.apiBaseUrl), ref.token, priority);
        return 'revoked';
      } catch (error) {
        if (isConfirmedGone(error)) return 'already_gone';
        throw unconfirmed(error, ref.apiBaseUrl);
      }
    },
  };
  return client;
}

/**
 * GET /connect/session with the token as bearer, on `deps.baseUrl`. Only the answer's status
 * matters to the app; its body is still checked, so a 200 from something that is not Nango (a
 * captive portal, a proxy's page) is not taken for a live link.
 */
async function readConnectSession(
  deps: NangoHttpDeps,
  token: string,
  priority: RequestPriority = 'interactive',
): Promise<void> {
  const body = await nangoRequest(deps, {
    ...READ,
    bearer: token,
    bucket: sessionTokenBucket(deps.baseUrl),
    priority,
  });
  parseResponse(connectSessionSchema, body);
}

/** DELETE /connect/session with the token as bearer, on `deps.baseUrl` (204). */
async function deleteConnectSession(
  deps: NangoHttpDeps,
  token: string,
  priority: RequestPriority = 'interactive',
): Promise<void> {
  await nangoRequest(deps, {
    ...REVOKE,
    bearer: token,
    bucket: sessionTokenBucket(deps.baseUrl),
    priority,
  });
}

/**
 * A 401 other than unknown_connect_session_token (the token's format refused, a missing header)
 * does not prove the link dead: report it as a failed revoke, not as success, and not as a
 * rejected secret key (no key was sent).
 */
function unconfirmed(error: unknown, apiBaseUrl: string): unknown {
  if (!(error instanceof NangoError)) return error;
  if (error.kind !== 'session_gone' && error.kind !== 'unauthorized') return error;
  const host = new URL(apiBaseUrl).host;
  return new NangoError(
    'server',
    `Nango (${host}) did not confirm the revoke (${error.details.code ?? 'HTTP 401'}); the link may still work until it expires.`,
    error.details,
  );
}
