/**
 * The Nango API client for one profile. Every call goes through nango-http.ts (and so through
 * the RequestScheduler and NetworkMonitor); this file only picks endpoints, buckets and shapes.
 */
import type { RequestScheduler } from '../network/request-scheduler';
import type { NetworkMonitor } from '../network/network-monitor';
import { systemClock, type Clock } from '../platform/clock';
import { connectionsQueryParams, toRemoteConnection } from './connections-query';
import type { NangoRoute } from './nango-api-types';
import { nangoBuckets } from './nango-buckets';
import { apiOrigin } from './nango-url';
import type { ConnectSessionGrant, NangoClient } from './nango-client-types';
import {
  nangoRequest,
  type NangoHttpDeps,
  type NangoRequest,
  type RequestTimers,
} from './nango-http';
import {
  connectSessionCreatedSchema,
  connectionsSchema,
  integrationsSchema,
} from './nango-schemas';
import { parseResponse } from './parse-response';
import { connectSessionBody, reconnectSessionBody } from './session-body';

export type { ListConnectionsQuery, NangoClient } from './nango-client-types';

/** Default request timeout (real time). */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface NangoClientOptions {
  /** The profile's API base URL; may carry a path prefix (`https://host/nango`). */
  baseUrl: string;
  /**
   * Reads the key from the keychain when a call needs it; never cached here. Receives the
   * origin the key is about to be sent to, and must reject unless the key was entered for
   * that origin (the key is bound to the API server it belongs to).
   */
  getSecretKey: (apiOrigin: string) => Promise<string>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  scheduler: RequestScheduler;
  monitor: NetworkMonitor;
  /** Real-time request timeout. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Real-time timers for the timeout. Default: the system clock. */
  timers?: RequestTimers;
  /** Domain clock, to read reset times; default the system clock. */
  clock?: Pick<Clock, 'now'>;
}

/** A call: one of the official routes (a renamed route fails to compile), query, body. */
type CallSpec = NangoRoute &
  Omit<NangoRequest, 'method' | 'path' | 'bearer' | 'bucket' | 'priority'> &
  Partial<Pick<NangoRequest, 'priority'>>;

/** Creates a client. Validation of `baseUrl` happens per call, as a NangoError. */
export function createNangoClient(options: NangoClientOptions): NangoClient {
  const deps: NangoHttpDeps = {
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    scheduler: options.scheduler,
    monitor: options.monitor,
    clock: options.clock ?? systemClock,
    timers: options.timers ?? systemClock,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };

  /** A secret-key call, in the account's bucket, only ever to the origin the key is for. */
  const withKey = async (call: CallSpec): Promise<unknown> => {
    const key = await options.getSecretKey(apiOrigin(options.baseUrl));
    const bucket = nangoBuckets(options.baseUrl, key).account;
    return nangoRequest(deps, {
      ...call,
      priority: call.priority ?? 'interactive',
      bearer: key,
      bucket,
    });
  };

  const toGrant = (body: unknown): ConnectSessionGrant => {
    const { data } = parseResponse(connectSessionCreatedSchema, body);
    return {
      token: data.token,
      connectLink: data.connect_link ?? null,
      expiresAt: data.expires_at,
    };
  };

  return {
    async createConnectSession(input) {
      const body = connectSessionBody(input);
      return toGrant(await withKey({ method: 'POST', path: '/connect/sessions', body }));
    },

    async createReconnectSession(input) {
      const body = reconnectSessionBody(input);
      return toGrant(await withKey({ method: 'POST', path: '/connect/sessions/reconnect', body }));
    },

    async listIntegrations(priority) {
      const body = await withKey({ method: 'GET', path: '/integrations', priority });
      return parseResponse(integrationsSchema, body).data.map((i) => ({
        uniqueKey: i.unique_key,
        provider: i.provider,
        displayName: i.display_name ?? null,
      }));
    },

    async listConnections(query = {}, priority) {
      const body = await withKey({
        method: 'GET',
        path: '/connections',
        query: connectionsQueryParams(query),
        priority,
      });
      return parseResponse(connectionsSchema, body).connections.map(toRemoteConnection);
    },
  };
}
