/**
 * Reading connection statuses from Nango for a refresh: page through `GET /connections`
 * filtered to the saved integrations, bounded so one refresh can never eat the account's
 * shared rate limit.
 */
import type { RemoteConnection } from '../../src-shared/models/connection';
import { AppFailure } from '../errors/app-failure';
import type { NangoClient } from '../nango/nango-client';
import type { StoredProfile } from '../profiles/profile-store';

/** Connections per page when refreshing. */
const REFRESH_PAGE_SIZE = 100;
/** At most this many requests per refresh. */
const REFRESH_MAX_PAGES = 10;

/** Refuses, with an explanation, when the key is known to lack `connections:list`. */
export function requireConnectionsScope(profile: StoredProfile): void {
  if (profile.capabilities && !profile.capabilities.connectionsList) {
    throw new AppFailure(
      'missing_scope',
      'This key lacks the environment:connections:list scope, so the worklist and import are off. ' +
        'Add the scope to the key in Nango, then test the key again in Settings.',
    );
  }
}

/** Every listed connection of those integrations, keyed by integration + connection id. */
export async function fetchAllForRefresh(
  client: NangoClient,
  integrationIds: string[],
  priority: 'interactive' | 'background',
): Promise<Map<string, RemoteConnection>> {
  const found = new Map<string, RemoteConnection>();
  if (integrationIds.length === 0) return found;
  for (let page = 0; page < REFRESH_MAX_PAGES; page++) {
    const batch = await client.listConnections(
      { integrationIds, limit: REFRESH_PAGE_SIZE, page },
      priority,
    );
    for (const c of batch) found.set(`${c.integrationId}\u0000${c.connectionId}`, c);
    if (batch.length < REFRESH_PAGE_SIZE) break;
  }
  return found;
}
