/**
 * Maps a request to its route and runs the pipeline the real server runs: body encoding,
 * authentication (failures are not counted), rate limit, /connect/* query and body hygiene,
 * then the handler.
 */
import { authenticateSecretKey, authenticateSessionToken, SCOPES } from './auth';
import { checkBodyEncoding, checkEmptyBody, checkEmptyQuery } from './connect-hygiene';
import type { ServerDeps } from './deps';
import type { Bucket } from './rate-limit';
import { errorReply, type Reply } from './reply';
import type { RequestContext } from './request-context';
import { deleteSession, getSession } from './routes/connect-session';
import { createSession } from './routes/create-session';
import { listConnections } from './routes/list-connections';
import { listIntegrations } from './routes/list-integrations';
import { reconnectSession } from './routes/reconnect-session';
import type { StoredSession } from './state';

type Handler = (ctx: RequestContext, deps: ServerDeps, session: StoredSession | null) => Reply;

interface Route {
  method: string;
  path: string;
  /** Scopes a secret-key route accepts (any one is enough); null for session-token routes. */
  scope: readonly string[] | null;
  handle: Handler;
}

/** Session routes always run after token authentication; the guard only satisfies the types. */
function withSession(session: StoredSession | null, run: (s: StoredSession) => Reply): Reply {
  return session
    ? run(session)
    : errorReply(500, 'server_error', 'No session after authentication');
}

const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/connect/sessions',
    scope: [SCOPES.connectSessionsWrite],
    handle: (ctx, deps) => createSession(ctx.body, deps),
  },
  {
    method: 'POST',
    path: '/connect/sessions/reconnect',
    scope: [SCOPES.connectSessionsWrite],
    handle: (ctx, deps) => reconnectSession(ctx.body, deps),
  },
  {
    method: 'GET',
    path: '/connect/session',
    scope: null,
    handle: (_c, _d, s) => withSession(s, getSession),
  },
  {
    method: 'DELETE',
    path: '/connect/session',
    scope: null,
    handle: (_c, _d, s) => withSession(s, deleteSession),
  },
  {
    method: 'GET',
    path: '/connections',
    scope: [SCOPES.connectionsList, SCOPES.connectionsListCredentials],
    handle: (ctx, deps) => listConnections(ctx.query, deps),
  },
  {
    method: 'GET',
    path: '/integrations',
    scope: [SCOPES.integrationsList, SCOPES.integrationsListCredentials],
    handle: (_ctx, deps) => listIntegrations(deps),
  },
];

/** Which rate-limit bucket a path's requests belong to (for headers on uncounted answers). */
export function bucketFor(path: string): Bucket {
  return path === '/connect/session' ? 'session-token' : 'secret-key';
}

function isConnectPath(path: string): boolean {
  return path === '/connect' || path.startsWith('/connect/');
}

/** Runs one request through the pipeline. Sets `ctx.auth` once authenticated. */
export function dispatch(ctx: RequestContext, deps: ServerDeps): Reply {
  const route = ROUTES.find((r) => r.method === ctx.method && r.path === ctx.path);
  if (!route) return errorReply(404, 'not_found', `Cannot ${ctx.method} ${ctx.path}`);
  const connect = isConnectPath(ctx.path);
  const encoding = connect ? checkBodyEncoding(ctx) : undefined;
  if (encoding) return encoding;

  let session: StoredSession | null = null;
  if (route.scope === null) {
    const auth = authenticateSessionToken(deps.state, ctx.authorization);
    if (!auth.ok) return auth.reply;
    session = auth.value;
    ctx.auth = 'session-token';
  } else {
    const auth = authenticateSecretKey(deps.state, ctx.authorization, route.scope);
    // A 403 means the key itself was valid, which the log should show.
    if (!auth.ok && auth.reply.status === 403) ctx.auth = 'secret-key';
    if (!auth.ok) return auth.reply;
    ctx.auth = 'secret-key';
  }

  const decision = deps.limiter.consume(bucketFor(ctx.path));
  if (!decision.allowed) {
    const body = { error: { code: 'too_many_request', method: ctx.method, path: ctx.path } };
    return { status: 429, body, headers: decision.headers };
  }
  const hygiene = connect
    ? (checkEmptyQuery(ctx) ?? (ctx.method === 'POST' ? undefined : checkEmptyBody(ctx)))
    : undefined;
  const reply = hygiene ?? route.handle(ctx, deps, session);
  return { ...reply, headers: { ...decision.headers, ...reply.headers } };
}
