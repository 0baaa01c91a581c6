/**
 * One typed error for everything that can go wrong talking to Nango, so the IPC layer maps
 * each kind to a clear message in one place.
 */
import type { FieldError } from '../../src-shared/contract/result';

/** What went wrong, by what the user can do about it. */
export type NangoErrorKind =
  /** 401 on a secret-key endpoint: missing_auth_header, invalid_secret_key_format, unknown_account. */
  | 'unauthorized'
  /** 403 forbidden: the key lacks a scope (or the plan lacks a feature). */
  | 'forbidden'
  /** 400 invalid_body / invalid_json / invalid_query_params, or 415. */
  | 'invalid_request'
  /** 401 unknown_connect_session_token (revoked or expired) or invalid_connect_session_token_format. */
  | 'session_gone'
  /** 404. */
  | 'not_found'
  /** 429, or the local bucket is paused after one. */
  | 'rate_limited'
  /** 5xx. */
  | 'server'
  /** DNS, refused, reset: the network or server is unreachable. */
  | 'offline'
  /** No answer within the request timeout. */
  | 'timeout'
  /** A 2xx whose body did not match the expected shape. */
  | 'bad_response';

/** An error from a Nango API call. */
export class NangoError extends Error {
  override readonly name = 'NangoError';
  constructor(
    readonly kind: NangoErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** The server's `error.code`, when it sent one. */
      code?: string;
      fields?: FieldError[];
      retryAfterSeconds?: number;
      /** For `forbidden`: the (first) scope named in the message, e.g. `environment:connections:list`. */
      requiredScope?: string;
      /** For `forbidden`: every scope the message names; any one of them is enough. */
      requiredScopes?: string[];
    } = {},
  ) {
    super(message);
  }
}
