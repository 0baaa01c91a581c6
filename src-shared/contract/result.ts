/**
 * The result envelope every IPC call returns. Handlers never throw across the bridge:
 * Electron would only carry an error's `message`, losing its code.
 */

/** Closed set of error codes the renderer can act on. */
export const ERROR_CODES = [
  /** The IPC payload failed schema validation. */
  'invalid_request',
  /** The call came from a frame or window the app did not create. */
  'forbidden_sender',
  /** No secret key is stored for the profile. */
  'key_missing',
  /** The OS keychain is locked (or its unlock prompt was dismissed). */
  'keychain_locked',
  /** No usable OS keychain (no Secret Service, no D-Bus, ...). */
  'keychain_unavailable',
  /** The keychain did not answer in time (an unlock prompt may be waiting). */
  'keychain_timeout',
  /** Nango rejected the secret key (401). */
  'invalid_key',
  /** The key lacks a scope (403). */
  'missing_scope',
  /** Nango rejected the request body (400); `fields` says where. */
  'invalid_input',
  /** The session token is unknown to Nango: revoked or expired. */
  'session_gone',
  /** Nango's rate limit was hit (429); `retryAfterSeconds` says when to retry. */
  'rate_limited',
  /** Nango answered 5xx. */
  'server_error',
  /** The network is unreachable. */
  'offline',
  /** Nango did not answer in time. */
  'timeout',
  /** A local record (session, profile, connection) does not exist. */
  'not_found',
  /** The action is refused in the record's current state (e.g. revoking an expired session). */
  'conflict',
  /**
   * Handoff could not save to (or read) its data folder: the disk is full, the folder is
   * read-only or not allowed. Nothing was changed; the message says what to fix.
   */
  'storage_unavailable',
  /** Anything else: a bug. The message is safe to show. */
  'internal',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem, with the path into the request (`['tags', 'end_user_email']`). */
export interface FieldError {
  path: string[];
  message: string;
}

/** The error half of {@link Result}. Messages are written for the person using the app. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field-level problems, for inline errors. */
  fields?: FieldError[];
  /** For `rate_limited`: seconds until a retry may succeed. */
  retryAfterSeconds?: number;
}

/** What every IPC call resolves to. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** Builds a success result. */
export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** Builds a failure result. */
export const fail = <T = never>(
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): Result<T> => ({ ok: false, error: { code, message, ...extra } });
