/**
 * Turns a non-2xx answer from Nango into a NangoError whose message a sales rep can act on.
 * Codes and shapes follow shared/nango-api/server-behaviour.md (observed server behaviour).
 */
import { TAG_KEY_RULE } from '../../src-shared/tags/tag-rules';
import { readRetryDelayMs, toRetrySeconds } from '../network/rate-limit-headers';
import { readErrorBody, toFieldErrors, type NangoErrorBody } from './nango-error-body';
import { NangoError } from './nango-error';
import { describeScopes, parseRequiredScopes } from './required-scopes';
import { atNamedTagPath } from './tag-issue-path';

/** Which call failed: decides hints such as the 500-on-session-create one. */
export interface FailedCall {
  method: string;
  path: string;
}

const SESSION_GONE_CODES = new Set([
  'unknown_connect_session_token',
  'invalid_connect_session_token_format',
]);

/** Maps status + headers + JSON body (or `undefined`) to a NangoError. `now`: the clock's time. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  call: FailedCall,
  now: number,
): NangoError {
  const error = readErrorBody(body);
  const base = { status, ...(error.code === undefined ? {} : { code: error.code }) };
  if (status === 401) return unauthorized(error, base);
  if (status === 403) return forbidden(error, base);
  if (status === 404) {
    return new NangoError(
      'not_found',
      'Nango has no such resource (HTTP 404). Check the API URL, including any path prefix.',
      base,
    );
  }
  if (status === 429) {
    const retryAfterSeconds = toRetrySeconds(readRetryDelayMs(headers, now) ?? 60_000);
    return new NangoError(
      'rate_limited',
      `Nango's rate limit for this account was reached. Try again in ${retryAfterSeconds} s.`,
      { ...base, retryAfterSeconds },
    );
  }
  if (status >= 500) return serverError(status, call, base);
  if (status >= 400) return invalidRequest(status, error, base);
  return new NangoError(
    'server',
    `Nango answered with an unexpected HTTP ${status}. Check the API URL (a redirect often means http instead of https).`,
    base,
  );
}

type Base = { status: number; code?: string };

function unauthorized(error: NangoErrorBody, base: Base): NangoError {
  if (error.code !== undefined && SESSION_GONE_CODES.has(error.code)) {
    return new NangoError(
      'session_gone',
      'Nango no longer knows this connect session: it was revoked or has expired.',
      base,
    );
  }
  return new NangoError(
    'unauthorized',
    "Nango rejected the secret key. Check that the profile's key is correct and belongs to this Nango environment.",
    base,
  );
}

function forbidden(error: NangoErrorBody, base: Base): NangoError {
  const requiredScopes = parseRequiredScopes(error.message);
  const [requiredScope] = requiredScopes;
  if (requiredScope !== undefined) {
    const which =
      requiredScopes.length === 1
        ? `the ${requiredScope} scope`
        : `a scope for this (one of ${describeScopes(requiredScopes)})`;
    return new NangoError(
      'forbidden',
      `This Nango key lacks ${which}. Add it to the key in Nango's dashboard to use this feature.`,
      { ...base, requiredScope, requiredScopes },
    );
  }
  // Also a plan without a feature (e.g. overrides.docs_connect): the server's words say which.
  const detail = error.message ? `: ${error.message}` : '.';
  return new NangoError('forbidden', `Nango refused this request${detail}`, base);
}

function invalidRequest(status: number, error: NangoErrorBody, base: Base): NangoError {
  if (status === 415 || error.code === 'invalid_content_type') {
    return new NangoError('invalid_request', 'Nango refused the request format (HTTP 415).', base);
  }
  if (error.code === 'invalid_json' || error.code === 'invalid_query_params') {
    return new NangoError(
      'invalid_request',
      `Nango could not read the request (${error.code}).${error.message ? ` ${error.message}` : ''}`,
      base,
    );
  }
  const fields = toFieldErrors(error.issues.map(atNamedTagPath), explainIssue);
  if (fields.length > 0) {
    const [first] = fields;
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    const more = fields.length > 1 ? ` and ${fields.length - 1} more problem(s)` : '';
    return new NangoError(
      'invalid_request',
      `Nango rejected the request: ${first?.message.replace(/\.$/, '')}${where}${more}.`,
      { ...base, fields },
    );
  }
  // The bare variant, e.g. "ConnectionID or IntegrationId does not exists": the server's words.
  const message = error.message
    ? `Nango rejected the request: ${error.message}`
    : `Nango rejected the request (HTTP ${status}).`;
  return new NangoError('invalid_request', message, base);
}

/** The server's bad-key message is a generic "Invalid key in record": say the rule instead. */
function explainIssue(issue: NangoErrorBody['issues'][number]): string | undefined {
  if (issue.code === 'invalid_key' && issue.path[0] === 'tags') return TAG_KEY_RULE;
  return undefined;
}

function serverError(status: number, call: FailedCall, base: Base): NangoError {
  const creatingSession = call.method === 'POST' && call.path.startsWith('/connect/sessions');
  // Nango answers 500 (not 400) when the tags merged from end_user/organization exceed 10;
  // validateTags refuses that before sending, but an older caller or server may still hit it.
  const hint = creatingSession
    ? ' When creating a session this most often means more than 10 tags after merging.'
    : ' Try again in a moment.';
  return new NangoError('server', `Nango had a server error (HTTP ${status}).${hint}`, base);
}
