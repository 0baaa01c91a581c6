/**
 * The request checks every /connect/* endpoint applies. Content type and JSON syntax are judged
 * before authentication (the body parser runs first); the query and empty-body rules after it.
 */
import { type Issue, typeName } from './issues';
import { errorReply, issuesReply, type Reply } from './reply';
import { isJsonContentType, type RequestContext } from './request-context';

/** 415 for a non-JSON Content-Type, 400 invalid_json for malformed JSON; else undefined. */
export function checkBodyEncoding(ctx: RequestContext): Reply | undefined {
  if (ctx.contentType !== undefined && !isJsonContentType(ctx.contentType)) {
    return errorReply(415, 'invalid_content_type', 'Content-Type must be application/json');
  }
  if (ctx.bodyError === 'invalid_json') {
    return errorReply(400, 'invalid_json', 'Invalid JSON body');
  }
  return undefined;
}

/** 400 invalid_query_params for any query string on /connect/*. */
export function checkEmptyQuery(ctx: RequestContext): Reply | undefined {
  if (!ctx.hasQuery) return undefined;
  const keys = Object.keys(ctx.query);
  const list = keys.map((k) => `"${k}"`).join(', ');
  const message = keys.length === 1 ? `Unrecognized key: ${list}` : `Unrecognized keys: ${list}`;
  return issuesReply('invalid_query_params', [{ code: 'unrecognized_keys', message, path: [] }]);
}

function isEmptyBody(body: unknown): boolean {
  if (body === undefined) return true;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? Object.keys(body).length === 0
    : false;
}

/** 400 invalid_body when a GET or DELETE carries a body (JSON `{}` counts as empty). */
export function checkEmptyBody(ctx: RequestContext): Reply | undefined {
  if (isEmptyBody(ctx.body)) return undefined;
  const issue: Issue = {
    code: 'invalid_type',
    message: `Invalid input: expected empty body, received ${typeName(ctx.body)}`,
    path: [],
  };
  return issuesReply('invalid_body', [issue]);
}
