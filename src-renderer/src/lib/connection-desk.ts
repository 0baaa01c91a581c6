/**
 * The reconnect desk's pure rules: health words, times, search / filter / sort of the saved
 * list, the default label of a connection imported from Nango, and which live reconnect
 * session belongs to which row.
 */
import type {
  ConnectionHealth,
  RemoteConnection,
  SavedConnection,
} from '../../../src-shared/models/connection';
import { cardIdOf, cardsOf } from '../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../src-shared/models/session';
import { TAG_KEY_PATTERN, TAG_KEY_RULE } from '../../../src-shared/tags/tag-rules';
import type { RequestOf } from '../../../src-shared/contract/channels';

/** Words for a health, for badges. */
export const HEALTH_LABEL: Record<ConnectionHealth, string> = {
  broken: 'Broken',
  missing: 'Missing',
  unknown: 'Unknown',
  repaired: 'Repaired',
  ok: 'OK',
};

/** The status filter's choices, in menu order. */
export const STATUS_FILTERS = ['all', 'broken', 'repaired', 'ok', 'missing', 'unknown'] as const;
/** One of {@link STATUS_FILTERS}. */
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Words for the status filter's choices. */
export const STATUS_FILTER_LABEL: Record<StatusFilter, string> = {
  all: 'All',
  broken: 'Broken',
  repaired: 'Repaired',
  ok: 'OK',
  missing: 'Missing',
  unknown: 'Unknown',
};

/** How the list is ordered: main's worklist order, or by label. */
export type DeskSort = 'status' | 'label';

/** What the toolbar asks for. */
export interface DeskQuery {
  text: string;
  status: StatusFilter;
  sort: DeskSort;
}

/** The toolbar's starting point. */
export const DEFAULT_DESK_QUERY: DeskQuery = { text: '', status: 'all', sort: 'status' };

/** True when the query hides nothing. */
export function isDefaultQuery(query: DeskQuery): boolean {
  return query.text.trim() === '' && query.status === 'all';
}

/**
 * True when every word of `text` is found (case-insensitive) in the label, connection id,
 * integration id or a tag value.
 */
export function matchesText(row: SavedConnection, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [row.label, row.connectionId, row.integrationId, ...Object.values(row.tags)]
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The rows to show: searched, filtered by status, and ordered. `status` keeps the order main
 * gives (broken first, longest broken first); `label` sorts by label, then connection id.
 */
export function applyDeskQuery(rows: SavedConnection[], query: DeskQuery): SavedConnection[] {
  const shown = rows.filter(
    (row) =>
      (query.status === 'all' || row.health === query.status) && matchesText(row, query.text),
  );
  if (query.sort === 'label') {
    const name = (row: SavedConnection) => (row.label || row.connectionId).toLocaleLowerCase();
    return [...shown].sort(
      (a, b) => name(a).localeCompare(name(b)) || a.connectionId.localeCompare(b.connectionId),
    );
  }
  return shown;
}

/** Rows per health, for the filter's counts. */
export function countByHealth(rows: SavedConnection[]): Record<ConnectionHealth, number> {
  const counts: Record<ConnectionHealth, number> = {
    broken: 0,
    missing: 0,
    unknown: 0,
    repaired: 0,
    ok: 0,
  };
  for (const row of rows) counts[row.health] += 1;
  return counts;
}

/** "just now", "5 min ago", "3 h ago", "2 days ago" (or "in …" for a time ahead). */
export function formatRelative(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'unknown time';
  const diff = now - then;
  const ahead = diff < 0;
  const seconds = Math.abs(diff) / 1000;
  let amount: string;
  // Callers pass `now` floored to the minute (fewer re-renders), so a time taken this minute
  // can be up to 60 s "ahead": that is still just now, not "in 1 min".
  if (seconds < 45 || (ahead && seconds < 60)) return 'just now';
  if (seconds < 3600) amount = `${Math.max(1, Math.round(seconds / 60))} min`;
  else if (seconds < 86_400) amount = `${Math.round(seconds / 3600)} h`;
  else {
    const days = Math.round(seconds / 86_400);
    amount = `${days} day${days === 1 ? '' : 's'}`;
  }
  return ahead ? `in ${amount}` : `${amount} ago`;
}

/** A date and time for people, in their locale ("12 Mar 2025, 09:14"). */
export function formatAbsolute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** The words under a row's health badge (error type, since when, repaired when). */
export function healthDetail(row: SavedConnection, now: number): string {
  switch (row.health) {
    case 'broken': {
      const kind = row.errorType ? `${row.errorType} error` : 'error';
      return row.brokenSince ? `${kind} since ${formatRelative(row.brokenSince, now)}` : kind;
    }
    case 'repaired':
      return row.repairedAt ? `repaired ${formatRelative(row.repairedAt, now)}` : 'repaired';
    case 'missing':
      return 'Nango no longer lists it';
    case 'unknown':
      return row.checkedAt ? 'status unclear' : 'not checked yet';
    case 'ok':
      return row.errorType ? `${row.errorType} error, auth fine` : 'working';
  }
}

/** The time a row's health detail refers to, for its absolute tooltip. */
export function healthSince(row: SavedConnection): string | undefined {
  if (row.health === 'broken') return row.brokenSince;
  if (row.health === 'repaired') return row.repairedAt;
  return undefined;
}

/** The newest `checkedAt` among rows, or undefined. */
export function lastCheckedAt(rows: SavedConnection[]): string | undefined {
  let latest: string | undefined;
  for (const row of rows) {
    if (row.checkedAt && (!latest || Date.parse(row.checkedAt) > Date.parse(latest))) {
      latest = row.checkedAt;
    }
  }
  return latest;
}

/** True when Nango reports an `auth` error: the connection needs the customer to sign in. */
export function isRemoteBroken(remote: RemoteConnection): boolean {
  return remote.errors.some((error) => error.type === 'auth');
}

/** Labels are at most this long (the contract's limit). */
const LABEL_MAX = 200;

/**
 * The label an imported connection gets: the end user's display name, email or id (from the
 * end user, else from the tags Nango derives from it), else the connection id.
 */
export function defaultRemoteLabel(remote: RemoteConnection): string {
  const candidates = [
    remote.endUser?.displayName,
    remote.endUser?.email,
    remote.endUser?.id,
    remote.tags.end_user_display_name,
    remote.tags.end_user_email,
    remote.tags.end_user_id,
    remote.connectionId,
  ];
  const label = candidates.find((value) => typeof value === 'string' && value.trim() !== '');
  return (label ?? remote.connectionId).trim().slice(0, LABEL_MAX);
}

/** A key that identifies a connection within a profile. */
export function connectionKey(connection: { integrationId: string; connectionId: string }): string {
  return `${connection.integrationId}\u0000${connection.connectionId}`;
}

/**
 * The reconnect session to show on a row: the one this desk created for it, or the session its
 * card shows now (a refresh), while it is still in the list whatever its status, else the newest live reconnect session for the same
 * connection (e.g. created before the desk was reopened).
 */
export function sessionForRow(
  row: SavedConnection,
  sessions: HandoffSession[],
  createdSessionId: string | undefined,
): HandoffSession | undefined {
  if (createdSessionId) {
    // The card that session is on: after a refresh, its newest link (or the completed one).
    const cardId = sessions.find((s) => s.id === createdSessionId)?.cardId ?? createdSessionId;
    const card = cardsOf(sessions.filter((s) => cardIdOf(s) === cardId))[0];
    if (card) return card.shown;
  }
  return sessions
    .filter(
      (s) =>
        s.kind === 'reconnect' &&
        s.status === 'active' &&
        s.profileId === row.profileId &&
        s.connectionId === row.connectionId &&
        s.integrationId === row.integrationId,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The import panel's filters, as typed. */
export interface ImportFilters {
  integration: string;
  search: string;
  tagKey: string;
  tagValue: string;
}

/** No filter at all. */
export const NO_IMPORT_FILTERS: ImportFilters = {
  integration: '',
  search: '',
  tagKey: '',
  tagValue: '',
};

/** Builds the search request, leaving out empty filters. */
export function searchRequest(
  profileId: string,
  filters: ImportFilters,
  page: number,
): RequestOf<'connections:search-remote'> {
  const request: RequestOf<'connections:search-remote'> = { profileId, page };
  if (filters.integration.trim()) request.integrationId = filters.integration.trim();
  if (filters.search.trim()) request.search = filters.search.trim();
  if (filters.tagKey.trim() && filters.tagValue.trim()) {
    request.tag = { key: filters.tagKey.trim(), value: filters.tagValue.trim() };
  }
  return request;
}

/** Why the tag filter cannot be used, or null. */
export function importTagFilterError(filters: ImportFilters): string | null {
  const key = filters.tagKey.trim();
  const value = filters.tagValue.trim();
  if (!key && !value) return null;
  if (!key) return 'Enter the tag key to filter on, or clear the value.';
  if (!value) return 'Enter the tag value to match, or clear the key.';
  if (!TAG_KEY_PATTERN.test(key) || key.length > 64) return TAG_KEY_RULE;
  return null;
}
