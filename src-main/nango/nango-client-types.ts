/** The Nango client's inputs and outputs, camelCase; the wire's snake_case stays inside. */
import type { RemoteConnection } from '../../src-shared/models/connection';
import type { Tags } from '../../src-shared/models/session';
import type { RequestPriority } from '../network/request-scheduler';
import type { IntegrationConfigBody } from './nango-api-types';

/** Per-integration defaults for the Connect UI (Nango's `integrations_config_defaults`). */
export interface IntegrationConfigDefaults {
  /** Slack only. */
  userScopes?: string;
  /** Query params for the OAuth flow (OAuth2 only). */
  authorizationParams?: Record<string, string>;
  /** Passed as-is, keys as Nango names them (`oauth_scopes_override`, ...). */
  connectionConfig?: IntegrationConfigBody['connection_config'];
}

/** Per-integration overrides (Nango's `overrides`). `docsConnect` needs a plan that allows it. */
export interface IntegrationOverrides {
  docsConnect?: string;
}

/** Options shared by new and reconnect sessions. Keys are integration ids. */
export interface SessionOptions {
  integrationsConfigDefaults?: Record<string, IntegrationConfigDefaults>;
  overrides?: Record<string, IntegrationOverrides>;
}

/** POST /connect/sessions. */
export interface CreateConnectSessionInput extends SessionOptions {
  /** Copied onto the connection; include the handoff id tag. Checked with validateTags. */
  tags: Tags;
  /** Empty or absent: every integration in the environment. */
  allowedIntegrations?: string[];
}

/** POST /connect/sessions/reconnect. */
export interface CreateReconnectSessionInput extends SessionOptions {
  connectionId: string;
  integrationId: string;
  /**
   * Required on purpose: a reconnect sent without tags wipes the connection's tags when the
   * customer completes it. Always pass the connection's current tags.
   */
  tags: Tags;
}

/** A new connect session. */
export interface ConnectSessionGrant {
  token: string;
  /** As Nango sent it: vet it with isVettedConnectLink before showing it. */
  connectLink: string;
  /** ISO 8601 UTC. */
  expiresAt: string;
}

/** GET /connections filters. */
export interface ListConnectionsQuery {
  connectionId?: string;
  search?: string;
  integrationIds?: string[];
  endUserId?: string;
  endUserOrganizationId?: string;
  /** Exact-value AND filter; keys match case-insensitively on the server. */
  tags?: Record<string, string>;
  limit?: number;
  /** 0-based. */
  page?: number;
}

/** An integration of the environment, as GET /integrations lists it. */
export interface NangoIntegration {
  uniqueKey: string;
  provider: string;
  displayName: string | null;
}

/** Bucket names this client schedules under, for RequestScheduler.bucketState. */
export interface NangoBuckets {
  /** Secret-key calls: the account's shared rate limit. */
  account: string;
  /** Session-token calls, which the server counts separately. */
  sessionToken: string;
}

/**
 * The secret-key calls of one profile (API base URL + secret key). Calls that carry a session
 * token (read, revoke) are not here: they go to the server that issued the session, which the
 * profile may no longer point at, through SessionTokenClient (session-token-client.ts).
 */
export interface NangoClient {
  createConnectSession(input: CreateConnectSessionInput): Promise<ConnectSessionGrant>;
  createReconnectSession(input: CreateReconnectSessionInput): Promise<ConnectSessionGrant>;
  /** `priority` defaults to `interactive`. */
  listIntegrations(priority?: RequestPriority): Promise<NangoIntegration[]>;
  /**
   * `priority` defaults to `interactive`; polling and refreshes pass `background`. Never uses
   * GET /connections/{id}: its answer can carry the end user's credentials.
   */
  listConnections(
    query?: ListConnectionsQuery,
    priority?: RequestPriority,
  ): Promise<RemoteConnection[]>;
}
