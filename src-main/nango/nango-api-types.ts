/**
 * Nango's own published types for the endpoints this client calls (`@nangohq/types`, a dev
 * dependency). Type-only: lint forbids a value import from the package, so nothing of it can
 * reach the bundle. The client's bodies, query keys and routes are typed against these, and
 * nango-official-types.test.ts ties each response schema to them, so a change in Nango's API
 * fails `npm run typecheck`. The zod schemas still check every answer at run time.
 */
import type {
  ConnectSessionInput,
  DeleteConnectSession,
  GetConnectSession,
  GetPublicConnections,
  GetPublicListIntegrations,
  PostConnectSessions,
  PostPublicConnectSessionsReconnect,
} from '@nangohq/types';

export type {
  DeleteConnectSession,
  GetConnectSession,
  GetPublicConnections,
  GetPublicListIntegrations,
  PostConnectSessions,
  PostPublicConnectSessionsReconnect,
};

/** Body of POST /connect/sessions. */
export type CreateSessionBody = PostConnectSessions['Body'];

/** Body of POST /connect/sessions/reconnect. */
export type ReconnectSessionBody = PostPublicConnectSessionsReconnect['Body'];

/** One entry of `integrations_config_defaults`. */
export type IntegrationConfigBody = NonNullable<
  ConnectSessionInput['integrations_config_defaults']
>[string];

/** One entry of `overrides`. */
export type OverridesBody = NonNullable<ConnectSessionInput['overrides']>[string];

/** Query parameter names of GET /connections. */
export type ConnectionsQueryKey = keyof GetPublicConnections['Querystring'];

/** An endpoint this client calls: the official method and path. */
type OfficialRoute =
  | PostConnectSessions
  | PostPublicConnectSessionsReconnect
  | GetConnectSession
  | DeleteConnectSession
  | GetPublicListIntegrations;

/**
 * GET /connections. Nango's types (0.71) name its path `/connection`, but the server and its
 * reference serve `/connections` (shared/nango-api/server-behaviour.md), so this one route is
 * spelled here; its query and answer are still the official ones.
 */
type ConnectionsRoute = { Method: GetPublicConnections['Method']; Path: '/connections' };

type RouteOf<E extends { Method: string; Path: string }> = E extends unknown
  ? { method: E['Method']; path: E['Path'] }
  : never;

/** The method + path pairs of the endpoints above: the only routes the client may send. */
export type NangoRoute = RouteOf<OfficialRoute | ConnectionsRoute>;
