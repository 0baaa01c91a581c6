/**
 * State and actions of the desk's "Import from Nango" panel: the filters, the page of Nango's
 * connections they found (paging keeps the filters it was fetched with), the ticked rows across
 * pages, and the import itself. Nothing is fetched until the person asks.
 */
import { useState } from 'react';
import type { RemoteConnectionsPage } from '../../../../src-shared/contract/channels';
import type { AppError } from '../../../../src-shared/contract/result';
import type { RemoteConnection } from '../../../../src-shared/models/connection';
import {
  NO_IMPORT_FILTERS,
  connectionKey,
  defaultRemoteLabel,
  importTagFilterError,
  searchRequest,
  type ImportFilters,
} from '../../lib/connection-desk';
import { useConnectionsStore } from '../../stores/use-connections-store';
import type { Announce } from './desk-announcement';
import { useActionError } from './use-action-error';

export interface ImportPanelOptions {
  profileId: string;
  announce: Announce;
  /** Called after a successful import (the new rows are in the worklist). */
  onImported: () => void;
}

/** What the panel renders from. */
export interface ImportPanelState {
  filters: ImportFilters;
  setFilter: (key: keyof ImportFilters, value: string) => void;
  /** The page shown, or null before the first search. */
  result: RemoteConnectionsPage | null;
  pageRows: RemoteConnection[];
  loading: boolean;
  importing: boolean;
  error: AppError | null;
  tagError: string | null;
  /** Ticked rows by {@link connectionKey}, kept across pages. */
  selected: ReadonlyMap<string, RemoteConnection>;
  allOnPage: boolean;
  /** What the last search or import did, for the live region. */
  status: string;
  search: () => void;
  goToPage: (page: number) => void;
  toggle: (remote: RemoteConnection) => void;
  toggleAll: () => void;
  importSelected: () => Promise<void>;
}

/** The import panel's state. */
export function useImportPanel({
  profileId,
  announce,
  onImported,
}: ImportPanelOptions): ImportPanelState {
  const searchRemote = useConnectionsStore((s) => s.searchRemote);
  const importRemote = useConnectionsStore((s) => s.importRemote);
  const [filters, setFilters] = useState<ImportFilters>(NO_IMPORT_FILTERS);
  const [applied, setApplied] = useState<ImportFilters>(NO_IMPORT_FILTERS);
  const [result, setResult] = useState<RemoteConnectionsPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useActionError();
  const [tagError, setTagError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlyMap<string, RemoteConnection>>(new Map());
  const [status, setStatus] = useState('');

  const run = async (query: ImportFilters, page: number) => {
    const problem = importTagFilterError(query);
    setTagError(problem);
    if (problem) return;
    setLoading(true);
    setError(null);
    const answer = await searchRemote(searchRequest(profileId, query, page));
    setLoading(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setApplied(query);
    setResult(answer.data);
    setStatus(pageStatus(answer.data));
  };

  const pageRows = result?.connections ?? [];
  const allOnPage = pageRows.length > 0 && pageRows.every((r) => selected.has(connectionKey(r)));

  const toggle = (remote: RemoteConnection) =>
    setSelected((current) => {
      const next = new Map(current);
      const key = connectionKey(remote);
      if (next.has(key)) next.delete(key);
      else next.set(key, remote);
      return next;
    });

  const toggleAll = () =>
    setSelected((current) => {
      const next = new Map(current);
      for (const remote of pageRows) {
        if (allOnPage) next.delete(connectionKey(remote));
        else next.set(connectionKey(remote), remote);
      }
      return next;
    });

  const importSelected = async () => {
    if (selected.size === 0 || importing) return;
    setImporting(true);
    setError(null);
    const rows = [...selected.values()];
    const answer = await importRemote({
      profileId,
      connections: rows.map((remote) => ({
        connectionId: remote.connectionId,
        integrationId: remote.integrationId,
        label: defaultRemoteLabel(remote),
        tags: remote.tags,
      })),
    });
    setImporting(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setSelected(new Map());
    const message = `Imported ${rows.length} connection${rows.length === 1 ? '' : 's'} with their current tags. Refresh statuses to check their health.`;
    setStatus(message);
    announce(message);
    onImported();
  };

  return {
    filters,
    setFilter: (key, value) => setFilters((f) => ({ ...f, [key]: value })),
    result,
    pageRows,
    loading,
    importing,
    error,
    tagError,
    selected,
    allOnPage,
    status,
    search: () => void run(filters, 0),
    goToPage: (page) => void run(applied, page),
    toggle,
    toggleAll,
    importSelected,
  };
}

function pageStatus(page: RemoteConnectionsPage): string {
  const count = page.connections.length;
  if (count === 0) return 'No connections at Nango match these filters.';
  const more = page.hasMore ? ', more on the next page' : '';
  return `Page ${page.page + 1}: ${count} connection${count === 1 ? '' : 's'}${more}.`;
}
