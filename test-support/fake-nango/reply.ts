/** What a route answers, before the server adds rate-limit headers and writes it out. */
import type { Issue } from './issues';

/** A response to send. `body` undefined means an empty body (204). */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `{"error":{"code","message"}}` plus any extra fields (e.g. `payload` on 401s). */
export function errorReply(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Reply {
  return { status, body: { error: { code, message, ...extra } } };
}

/** 400 with a list of validation issues under `error.errors`. */
export function issuesReply(code: 'invalid_body' | 'invalid_query_params', errors: Issue[]): Reply {
  return { status: 400, body: { error: { code, errors } } };
}

/** 401 as the auth middleware sends it: always with an empty `payload`. */
export function unauthorized(code: string, message: string): Reply {
  return errorReply(401, code, message, { payload: {} });
}
