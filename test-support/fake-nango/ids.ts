/** Identifier formats the real server uses, generated and recognised. */
import { randomBytes, randomUUID } from 'node:crypto';

/** Prefix of every connect session token. */
const SESSION_TOKEN_PREFIX = 'nango_connect_session_';

const SESSION_TOKEN_PATTERN = /^nango_connect_session_[a-f0-9]{64}$/;
// Nango insists on version 4 for secret keys, not just any UUID.
const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A fresh session token: the prefix and 64 hex characters. */
export function newSessionToken(): string {
  return SESSION_TOKEN_PREFIX + randomBytes(32).toString('hex');
}

/** Whether `value` has the shape of a session token. */
export function isSessionToken(value: string): boolean {
  return SESSION_TOKEN_PATTERN.test(value);
}

/** Whether `value` is a UUID v4 (the secret-key format). */
export function isUuidV4(value: string): boolean {
  return UUID_V4_PATTERN.test(value);
}

/** A connection id for a connection created through the Connect UI. */
export function newConnectionId(): string {
  return randomUUID();
}

/** A log id like the ones in a connection's `errors`. */
export function newLogId(): string {
  return randomBytes(10).toString('hex');
}

/** ISO 8601 with a `+00:00` offset: how Postgres timestamps reach `GET /connections`. */
export function isoWithOffset(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}
