/**
 * The reconnect desk's saved connections: add, edit, remove, import from Nango, refresh health,
 * and reconnect (which always resends the connection's current tags).
 */
import type { RefreshSummary, RemoteConnectionsPage } from '../../src-shared/contract/channels';
import type { EventSink } from '../../src-shared/contract/events';
import type { RemoteConnection, SavedConnection } from '../../src-shared/models/connection';
import type { HandoffSession, Tags } from '../../src-shared/models/session';
import { AppFailure } from '../errors/app-failure';
import type { Clock } from '../platform/clock';
import type { ProfileService } from '../profiles/profile-service';
import type { SessionService } from '../sessions/session-service';
import type { DocumentStore } from '../store/settings-store';
import type { ConnectionsDoc } from './connection-store';
import { byUrgency, nextHealth } from './health';
import { assertDeskRoom, assertSavedTags } from './saved-limits';
import { fetchAllForRefresh, requireConnectionsScope } from './remote-connections';

export interface ConnectionServiceDeps {
  store: DocumentStore<ConnectionsDoc>;
  profiles: ProfileService;
  sessions: SessionService;
  clock: Clock;
  emit: EventSink;
  newId: () => string;
}

/** Fields a person can set on a saved connection. */
export interface ConnectionFields {
  connectionId: string;
  integrationId: string;
  label: string;
  tags: Tags;
  notes: string;
}

/** Page size for import listings. */
const REMOTE_PAGE_SIZE = 50;

/** Manages the saved list. */
export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDeps) {}

  /** Saved connections, worklist order. */
  list(): SavedConnection[] {
    return this.deps.store.read().connections.sort(byUrgency);
  }

  /** Saves one by hand; the same connection twice in a profile is refused. */
  save(profileId: string, fields: ConnectionFields): SavedConnection {
    this.deps.profiles.get(profileId);
    assertSavedTags([{ tags: fields.tags }]);
    const doc = this.deps.store.read();
    assertDeskRoom(doc.connections.length + 1);
    if (doc.connections.some((c) => same(c, profileId, fields))) {
      throw new AppFailure('conflict', `${fields.connectionId} is already on the desk.`);
    }
    const row: SavedConnection = {
      id: this.deps.newId(),
      profileId,
      ...fields,
      health: 'unknown',
      createdAt: this.nowIso(),
    };
    this.write({ connections: [...doc.connections, row] });
    return this.stored(row.id);
  }

  /** Edits a saved connection. */
  update(id: string, patch: Partial<ConnectionFields>): SavedConnection {
    if (patch.tags) assertSavedTags([{ tags: patch.tags }]);
    const doc = this.deps.store.read();
    const row = doc.connections.find((c) => c.id === id);
    if (!row) throw new AppFailure('not_found', 'That saved connection no longer exists.');
    Object.assign(row, patch);
    this.write(doc);
    return this.stored(id);
  }

  /** Removes a saved connection. */
  remove(id: string): SavedConnection[] {
    const doc = this.deps.store.read();
    if (!doc.connections.some((c) => c.id === id)) {
      throw new AppFailure('not_found', 'That saved connection no longer exists.');
    }
    this.write({ connections: doc.connections.filter((c) => c.id !== id) });
    return this.list();
  }

  /** One page of Nango's connections, for import. */
  async searchRemote(query: {
    profileId: string;
    integrationId?: string;
    search?: string;
    tag?: { key: string; value: string };
    page?: number;
  }): Promise<RemoteConnectionsPage> {
    requireConnectionsScope(this.deps.profiles.get(query.profileId));
    const page = query.page ?? 0;
    const connections: RemoteConnection[] = await this.deps.profiles.call(query.profileId, (c) =>
      c.listConnections({
        ...(query.integrationId ? { integrationIds: [query.integrationId] } : {}),
        ...(query.search ? { search: query.search } : {}),
        ...(query.tag ? { tags: { [query.tag.key]: query.tag.value } } : {}),
        limit: REMOTE_PAGE_SIZE,
        page,
      }),
    );
    return { connections, page, hasMore: connections.length === REMOTE_PAGE_SIZE };
  }

  /** Saves the selected remote connections with their current tags; existing rows are updated. */
  import(
    profileId: string,
    rows: { connectionId: string; integrationId: string; label: string; tags: Tags }[],
  ): SavedConnection[] {
    this.deps.profiles.get(profileId);
    assertSavedTags(rows.map((row, i) => ({ tags: row.tags, prefix: ['connections', String(i)] })));
    const doc = this.deps.store.read();
    for (const incoming of rows) {
      const existing = doc.connections.find((c) => same(c, profileId, incoming));
      if (existing) {
        existing.tags = incoming.tags;
        existing.label = existing.label || incoming.label;
        continue;
      }
      doc.connections.push({
        id: this.deps.newId(),
        profileId,
        ...incoming,
        notes: '',
        health: 'unknown',
        createdAt: this.nowIso(),
      });
    }
    assertDeskRoom(doc.connections.length);
    this.write(doc);
    return this.list();
  }

  /** Refreshes the health of every saved connection of a profile. */
  async refresh(
    profileId: string,
    priority: 'interactive' | 'background' = 'interactive',
  ): Promise<RefreshSummary> {
    const profile = this.deps.profiles.get(profileId);
    requireConnectionsScope(profile);
    const mine = this.deps.store.read().connections.filter((c) => c.profileId === profileId);
    const integrationIds = [...new Set(mine.map((c) => c.integrationId))].sort();
    const remote = await this.deps.profiles.call(profileId, (client) =>
      fetchAllForRefresh(client, integrationIds, priority),
    );
    // A repaired row never keeps a live link: its reconnect session completes (and is revoked).
    this.deps.sessions.noticeConnections(profileId, [...remote.values()]);
    const nowIso = this.nowIso();
    const doc = this.deps.store.read();
    doc.connections = doc.connections.map((row) =>
      row.profileId === profileId
        ? nextHealth(row, remote.get(`${row.integrationId}\u0000${row.connectionId}`), nowIso)
        : row,
    );
    this.write(doc);
    const mineNow = doc.connections.filter((c) => c.profileId === profileId);
    const count = (h: SavedConnection['health']) => mineNow.filter((c) => c.health === h).length;
    return {
      checked: mineNow.length,
      broken: count('broken'),
      repaired: count('repaired'),
      missing: count('missing'),
      refreshedAt: nowIso,
    };
  }

  /** Creates a reconnect session for a saved connection with its current tags. */
  reconnect(id: string): Promise<HandoffSession> {
    const row = this.deps.store.read().connections.find((c) => c.id === id);
    if (!row) throw new AppFailure('not_found', 'That saved connection no longer exists.');
    return this.deps.sessions.reconnect({
      profileId: row.profileId,
      connectionId: row.connectionId,
      integrationId: row.integrationId,
      label: row.label,
      tags: row.tags,
      broken: row.health === 'broken',
    });
  }

  /** A row as the store has it: what was written, not the caller's copy. */
  private stored(id: string): SavedConnection {
    const row = this.deps.store.read().connections.find((c) => c.id === id);
    if (!row) throw new AppFailure('not_found', 'That saved connection no longer exists.');
    return row;
  }

  /** Writes and tells the renderer; throws `storage_unavailable` with nothing changed. */
  private write(doc: ConnectionsDoc): void {
    this.deps.store.write(doc);
    this.deps.emit('connections:changed', this.list());
  }

  private nowIso(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}

function same(
  row: SavedConnection,
  profileId: string,
  other: { connectionId: string; integrationId: string },
): boolean {
  return (
    row.profileId === profileId &&
    row.connectionId === other.connectionId &&
    row.integrationId === other.integrationId
  );
}
