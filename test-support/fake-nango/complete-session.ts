/**
 * What happens when the customer finishes in the Connect UI. There is no HTTP endpoint for it
 * (the real flow runs through the provider's OAuth pages), so tests call this directly.
 */
import type { Clock } from '../../src-main/platform/clock';
import { newConnectionId } from './ids';
import type { FakeNangoState, StoredSession } from './state';
import type { CompleteSessionOptions, Connection, SessionSnapshot } from './types';

/**
 * Completes a session: a connect session creates a connection (or re-authorises the one with the
 * given id), a reconnect session repairs its connection. The token stays valid afterwards,
 * because the real server has no session counter.
 */
export function completeSession(
  state: FakeNangoState,
  token: string,
  options: CompleteSessionOptions = {},
): Connection {
  const session = state.liveSession(token);
  if (!session)
    throw new Error('fake-nango: completeSession on an unknown, revoked or expired token');
  const connection =
    session.kind === 'reconnect'
      ? completeReconnect(state, session)
      : completeConnect(state, session, options);
  session.completions.push(connection.connection_id);
  return connection;
}

function completeReconnect(state: FakeNangoState, session: StoredSession): Connection {
  const connection = state.connections.find((c) => c.id === session.connectionRef);
  if (!connection) throw new Error('fake-nango: the reconnected connection no longer exists');
  connection.errors = [];
  // The real server REPLACES the tags with the session's, so a reconnect created without tags
  // wipes them. Reproduced on purpose: the client must resend the current tags.
  connection.tags = { ...(session.tags ?? {}) };
  if (session.endUser) connection.end_user = session.endUser;
  return connection;
}

function completeConnect(
  state: FakeNangoState,
  session: StoredSession,
  options: CompleteSessionOptions,
): Connection {
  const providerConfigKey =
    options.provider_config_key ??
    session.allowedIntegrations?.[0] ??
    [...state.integrations.keys()][0];
  if (providerConfigKey === undefined) {
    throw new Error('fake-nango: completeSession needs an integration (none registered)');
  }
  if (session.allowedIntegrations && !session.allowedIntegrations.includes(providerConfigKey)) {
    throw new Error(`fake-nango: "${providerConfigKey}" is not allowed by this session`);
  }
  const connectionId = options.connection_id ?? newConnectionId();
  const existing = state.findConnections(connectionId, providerConfigKey)[0];
  if (existing) {
    // Authorising an existing id again refreshes it rather than duplicating it.
    existing.errors = [];
    existing.tags = { ...(session.tags ?? {}) };
    existing.end_user = session.endUser;
    return existing;
  }
  return state.addConnection({
    connection_id: connectionId,
    provider_config_key: providerConfigKey,
    tags: session.tags ?? {},
    end_user: session.endUser ?? undefined,
  });
}

/** A caller-safe copy of a stored session. */
export function snapshotSession(
  state: FakeNangoState,
  clock: Clock,
  session: StoredSession,
): SessionSnapshot {
  const target = state.connections.find((c) => c.id === session.connectionRef);
  return structuredClone({
    token: session.token,
    kind: session.kind,
    tags: session.tags,
    endUser: session.endUser,
    allowedIntegrations: session.allowedIntegrations,
    integrationsConfigDefaults: session.integrationsConfigDefaults,
    overrides: session.overrides,
    connectionId: target?.connection_id ?? null,
    createdAt: new Date(session.createdAtMs).toISOString(),
    expiresAt: new Date(session.expiresAtMs).toISOString(),
    revoked: session.revoked,
    expired: clock.now() >= session.expiresAtMs,
    completions: session.completions,
  });
}
