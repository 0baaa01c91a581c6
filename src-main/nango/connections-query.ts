/** GET /connections: filters to query params, and the answer to RemoteConnection. */
import type { RemoteConnection } from '../../src-shared/models/connection';
import type { ConnectionsQueryKey } from './nango-api-types';
import type { ListConnectionsQuery } from './nango-client-types';
import type { remoteConnectionSchema } from './nango-schemas';
import type { QueryParams } from './nango-url';
import type { z } from 'zod';

/**
 * Query params in Nango's names (typed against the official query, so a renamed parameter fails
 * to compile); tags become `tags[<key>]=<value>`.
 */
export function connectionsQueryParams(query: ListConnectionsQuery): QueryParams {
  const params: [string, string][] = [];
  const add = (key: ConnectionsQueryKey, value: string | number | undefined): void => {
    if (value !== undefined) params.push([key, String(value)]);
  };
  add('connectionId', query.connectionId);
  add('search', query.search);
  if (query.integrationIds && query.integrationIds.length > 0) {
    add('integrationId', query.integrationIds.join(','));
  }
  add('endUserId', query.endUserId);
  add('endUserOrganizationId', query.endUserOrganizationId);
  const tags: ConnectionsQueryKey = 'tags';
  for (const [key, value] of Object.entries(query.tags ?? {})) {
    params.push([`${tags}[${key}]`, value]);
  }
  add('limit', query.limit);
  add('page', query.page);
  return params;
}

/** One listed connection as the app models it. */
export function toRemoteConnection(
  wire: z.output<typeof remoteConnectionSchema>,
): RemoteConnection {
  const endUser = wire.end_user;
  return {
    connectionId: wire.connection_id,
    integrationId: wire.provider_config_key,
    provider: wire.provider,
    tags: wire.tags ?? {},
    errors: wire.errors.map((e) => ({ type: e.type })),
    created: wire.created,
    endUser: endUser
      ? { id: endUser.id, email: endUser.email, displayName: endUser.display_name }
      : null,
  };
}
