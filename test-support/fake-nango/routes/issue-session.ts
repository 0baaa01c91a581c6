/** Stores a new session and builds the 201 answer shared by create and reconnect. */
import type { ServerDeps } from '../deps';
import { newSessionToken } from '../ids';
import { errorReply, type Reply } from '../reply';
import { MERGED_TAGS_MAX } from '../session-tags';
import type { StoredSession } from '../state';

/** Sessions live exactly 30 minutes on the injected clock. */
const SESSION_LIFETIME_MS = 30 * 60 * 1000;

/** The fields of a session that depend on the request. */
export type SessionFields = Omit<
  StoredSession,
  'token' | 'createdAtMs' | 'expiresAtMs' | 'revoked' | 'completions'
>;

/** Creates the session, or the 500 the real server gives for too many merged tags. */
export function issueSession(fields: SessionFields, deps: ServerDeps): Reply {
  if (fields.tags && Object.keys(fields.tags).length > MERGED_TAGS_MAX) {
    // Reproduces a server pitfall: the merged set is only rejected by the database layer,
    // which surfaces as a 500 rather than a validation error.
    return errorReply(500, 'server_error', 'Failed to create connect session');
  }
  const now = deps.clock.now();
  const session: StoredSession = {
    ...fields,
    token: newSessionToken(),
    createdAtMs: now,
    expiresAtMs: now + SESSION_LIFETIME_MS,
    revoked: false,
    completions: [],
  };
  deps.state.sessions.set(session.token, session);
  const base = deps.settings.connectUiBase.replace(/\/+$/, '');
  return {
    status: 201,
    body: {
      data: {
        token: session.token,
        connect_link: `${base}/?session_token=${session.token}`,
        expires_at: new Date(session.expiresAtMs).toISOString(),
      },
    },
  };
}
