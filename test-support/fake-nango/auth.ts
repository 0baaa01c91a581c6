/**
 * The two authentication schemes: secret keys (UUID v4, optionally scoped) for the backend API,
 * and connect session tokens for GET/DELETE /connect/session.
 */
import { isSessionToken, isUuidV4 } from './ids';
import { errorReply, type Reply, unauthorized } from './reply';
import type { FakeNangoState, StoredSession } from './state';

/** Scopes a scoped key may hold for the routes this server serves. */
export const SCOPES = {
  connectSessionsWrite: 'environment:connect_sessions:write',
  connectionsList: 'environment:connections:list',
  connectionsListCredentials: 'environment:connections:list_credentials',
  integrationsList: 'environment:integrations:list',
  integrationsListCredentials: 'environment:integrations:list_credentials',
} as const;

/**
 * The 403 message, in the real server's two forms: one scope ("Required: X"), or a choice
 * ("Required one of: A or B", as GET /integrations and GET /connections answer).
 */
function insufficientScopeMessage(anyOf: readonly string[]): string {
  return anyOf.length === 1
    ? `Insufficient scope. Required: ${anyOf[0]}`
    : `Insufficient scope. Required one of: ${anyOf.join(' or ')}`;
}

/** Outcome of authenticating: the credential's subject, or the reply that refuses it. */
export type AuthOutcome<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/**
 * The bearer value. `Bearer ` is case-sensitive: like the real server (which splits on
 * 'Bearer '), any other prefix leaves the whole header as the credential, which then fails the
 * format check instead of being reported as missing.
 */
function bearer(header: string): string {
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : header;
}

const MISSING = unauthorized(
  'missing_auth_header',
  'Authentication failed. The request is missing the Authorization header.',
);

/** Authenticates a secret key and checks it holds one of the scopes the route accepts. */
export function authenticateSecretKey(
  state: FakeNangoState,
  header: string | undefined,
  anyOfScopes: readonly string[],
): AuthOutcome<string> {
  if (!header) return { ok: false, reply: MISSING };
  const key = bearer(header);
  if (!isUuidV4(key)) {
    const message = 'Authentication failed. The provided secret key is not a UUID v4.';
    return { ok: false, reply: unauthorized('invalid_secret_key_format', message) };
  }
  if (!state.keys.has(key)) {
    const message = 'No account found for the provided secret key.';
    return { ok: false, reply: unauthorized('unknown_account', message) };
  }
  const scopes = state.keys.get(key);
  if (scopes && !anyOfScopes.some((scope) => scopes.includes(scope))) {
    return {
      ok: false,
      reply: errorReply(403, 'forbidden', insufficientScopeMessage(anyOfScopes)),
    };
  }
  return { ok: true, value: key };
}

/** Authenticates a connect session token (revoked and expired ones are unknown). */
export function authenticateSessionToken(
  state: FakeNangoState,
  header: string | undefined,
): AuthOutcome<StoredSession> {
  if (!header) return { ok: false, reply: MISSING };
  const token = bearer(header);
  // A secret key sent here (the classic mistake) fails on format, not as "unknown".
  if (!isSessionToken(token)) {
    const message =
      'Authentication failed. The provided connect session token is not following correct format: nango_connect_session_RANDOM';
    return { ok: false, reply: unauthorized('invalid_connect_session_token_format', message) };
  }
  const session = state.liveSession(token);
  if (!session) {
    const message = 'Authentication failed. The provided connect session token does not exist';
    return { ok: false, reply: unauthorized('unknown_connect_session_token', message) };
  }
  return { ok: true, value: session };
}
