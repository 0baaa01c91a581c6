/**
 * "Import from Nango": filter Nango's connections (integration, text, one tag), page through
 * them, tick some, and save them on the desk with their current tags. Nothing is fetched until
 * the person asks.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { RemoteConnectionsPage } from '../../../../src-shared/contract/channels';
import type { RemoteConnection } from '../../../../src-shared/models/connection';
import {
  NO_IMPORT_FILTERS,
  connectionKey,
  defaultRemoteLabel,
  importTagFilterError,
  isRemoteBroken,
  searchRequest,
  type ImportFilters,
} from '../../lib/connection-desk';
import { useConnectionsStore } from '../../stores/use-connections-store';
import type { IntegrationsEntry } from '../../stores/use-integrations-store';
import type { Announce } from './desk-announcement';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import { TagChips } from './tag-chips';
import { useActionError } from './use-action-error';

/** Props for {@link ImportPanel}. */
export interface ImportPanelProps {
  profileId: string;
  /** Keys ({@link connectionKey}) of connections already on the desk for this profile. */
  saved: ReadonlySet<string>;
  integrations: IntegrationsEntry | undefined;
  onClose: () => void;
  announce: Announce;
}

/** The import panel. */
export function ImportPanel({
  profileId,
  saved,
  integrations,
  onClose,
  announce,
}: ImportPanelProps) {
  const searchRemote = useConnectionsStore((s) => s.searchRemote);
  const importRemote = useConnectionsStore((s) => s.importRemote);
  const id = useId();
  const [filters, setFilters] = useState<ImportFilters>(NO_IMPORT_FILTERS);
  // The filters the shown page was fetched with (paging keeps them even if the inputs change).
  const [applied, setApplied] = useState<ImportFilters>(NO_IMPORT_FILTERS);
  const [result, setResult] = useState<RemoteConnectionsPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useActionError();
  const [tagError, setTagError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlyMap<string, RemoteConnection>>(new Map());
  const [status, setStatus] = useState('');
  const firstRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

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
    const count = answer.data.connections.length;
    setStatus(
      count === 0
        ? 'No connections at Nango match these filters.'
        : `Page ${answer.data.page + 1}: ${count} connection${count === 1 ? '' : 's'}${answer.data.hasMore ? ', more on the next page' : ''}.`,
    );
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    void run(filters, 0);
  };

  const toggle = (remote: RemoteConnection) =>
    setSelected((current) => {
      const next = new Map(current);
      const key = connectionKey(remote);
      if (next.has(key)) next.delete(key);
      else next.set(key, remote);
      return next;
    });

  const pageRows = result?.connections ?? [];
  const allOnPage = pageRows.length > 0 && pageRows.every((r) => selected.has(connectionKey(r)));
  const toggleAll = () =>
    setSelected((current) => {
      const next = new Map(current);
      for (const remote of pageRows) {
        if (allOnPage) next.delete(connectionKey(remote));
        else next.set(connectionKey(remote), remote);
      }
      return next;
    });

  const onImport = async () => {
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
    // The new rows are in the worklist below: close so they are in view.
    onClose();
  };

  const list = integrations?.result?.available ? integrations.result.integrations : null;
  const set = (key: keyof ImportFilters, value: string) =>
    setFilters((f) => ({ ...f, [key]: value }));

  return (
    <section
      className="panel import-panel"
      aria-labelledby={`${id}-title`}
      data-testid="import-panel"
    >
      <header className="import-panel__header">
        <div>
          <h2 id={`${id}-title`} className="panel__title">
            Import from Nango
          </h2>
          <p className="muted small">
            Find the customer’s connections at Nango and put them on the desk. Each keeps the tags
            it has at Nango, so a reconnect resends them.
          </p>
        </div>
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
      </header>
      <form
        className="import-filters"
        role="search"
        aria-label="Nango connections"
        onSubmit={onSearch}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-integration`}>
            Integration
          </label>
          {list ? (
            <select
              id={`${id}-integration`}
              ref={(el) => {
                firstRef.current = el;
              }}
              className="select"
              value={filters.integration}
              data-testid="import-integration"
              onChange={(event) => set('integration', event.target.value)}
            >
              <option value="">All integrations</option>
              {list.map((integration) => (
                <option key={integration.id} value={integration.id}>
                  {integration.displayName}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-integration`}
              ref={(el) => {
                firstRef.current = el;
              }}
              className="input input--mono"
              placeholder="any (or e.g. hubspot)"
              spellCheck={false}
              value={filters.integration}
              data-testid="import-integration"
              onChange={(event) => set('integration', event.target.value)}
            />
          )}
        </div>
        <div className="field import-filters__search">
          <label className="field__label" htmlFor={`${id}-search`}>
            Search
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="input"
            placeholder="Connection id, end user name or email"
            value={filters.search}
            data-testid="import-search"
            onChange={(event) => set('search', event.target.value)}
          />
        </div>
        <fieldset
          className="import-filters__tag"
          aria-describedby={tagError ? `${id}-tag-error` : undefined}
        >
          <legend className="field__label">
            Tag <span className="field__optional">key = value</span>
          </legend>
          <div className="import-filters__tag-inputs">
            <input
              className="input input--mono"
              aria-label="Tag key"
              placeholder="key"
              spellCheck={false}
              maxLength={64}
              value={filters.tagKey}
              aria-invalid={!!tagError}
              data-testid="import-tag-key"
              onChange={(event) => set('tagKey', event.target.value)}
            />
            <span aria-hidden="true">=</span>
            <input
              className="input"
              aria-label="Tag value"
              placeholder="value"
              maxLength={255}
              value={filters.tagValue}
              aria-invalid={!!tagError}
              data-testid="import-tag-value"
              onChange={(event) => set('tagValue', event.target.value)}
            />
          </div>
        </fieldset>
        <button
          type="submit"
          className="button button--primary import-filters__run"
          disabled={loading}
          aria-busy={loading}
          data-testid="import-run"
        >
          {loading ? (
            <>
              <span className="spinner" aria-hidden="true" /> Searching…
            </>
          ) : (
            'Search Nango'
          )}
        </button>
      </form>
      <FieldErrorText id={`${id}-tag-error`} messages={tagError ? [tagError] : undefined} />
      <ErrorAlert error={error} compact />
      <p className="import-panel__status" aria-live="polite" data-testid="import-status">
        {status}
      </p>
      {result && pageRows.length > 0 ? (
        <div className="import-results">
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col" className="import-table__check">
                  <input
                    type="checkbox"
                    aria-label="Select every connection on this page"
                    checked={allOnPage}
                    onChange={toggleAll}
                  />
                </th>
                <th scope="col" className="import-table__customer">
                  Customer
                </th>
                <th scope="col" className="import-table__connection">
                  Connection
                </th>
                <th scope="col" className="import-table__status">
                  Status
                </th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((remote, index) => {
                const key = connectionKey(remote);
                const label = defaultRemoteLabel(remote);
                const broken = isRemoteBroken(remote);
                const other = remote.errors.filter((e) => e.type !== 'auth').map((e) => e.type);
                // By position, not by key: the key holds a NUL separator, and ids built from
                // Nango's data would carry whatever characters it sent.
                const checkboxId = `${id}-select-${index}`;
                return (
                  <tr
                    key={key}
                    className={selected.has(key) ? 'import-table__row--selected' : undefined}
                    data-testid="import-row"
                    data-connection-id={remote.connectionId}
                    data-broken={broken}
                  >
                    <td className="import-table__check">
                      <input
                        id={checkboxId}
                        type="checkbox"
                        checked={selected.has(key)}
                        data-testid="import-select"
                        onChange={() => toggle(remote)}
                      />
                    </td>
                    <td>
                      <label htmlFor={checkboxId} className="import-table__label">
                        {label}
                      </label>
                      {remote.endUser?.email && remote.endUser.email !== label ? (
                        <span className="import-table__sub">{remote.endUser.email}</span>
                      ) : null}
                    </td>
                    <td>
                      <code className="import-table__id">{remote.connectionId}</code>
                      <span className="import-table__sub">{remote.integrationId}</span>
                    </td>
                    <td>
                      <span className={`health__badge health__badge--${broken ? 'broken' : 'ok'}`}>
                        <span className="health__dot" aria-hidden="true" />
                        {broken ? 'Broken' : 'OK'}
                      </span>
                      {broken ? <span className="import-table__sub">auth error</span> : null}
                      {other.length > 0 ? (
                        <span className="import-table__sub">{other.join(', ')} error</span>
                      ) : null}
                      {saved.has(key) ? (
                        <span className="import-table__saved">On the desk</span>
                      ) : null}
                    </td>
                    <td>
                      <TagChips tags={remote.tags} max={3} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {result ? (
        <footer className="import-panel__footer">
          <div className="import-panel__paging">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={loading || result.page === 0}
              data-testid="import-prev"
              onClick={() => void run(applied, result.page - 1)}
            >
              Previous page
            </button>
            <span className="muted small">Page {result.page + 1}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={loading || !result.hasMore}
              data-testid="import-next"
              onClick={() => void run(applied, result.page + 1)}
            >
              Next page
            </button>
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={selected.size === 0 || importing}
            aria-busy={importing}
            data-testid="import-submit"
            onClick={() => void onImport()}
          >
            {importing
              ? 'Importing…'
              : selected.size === 0
                ? 'Import selected'
                : `Import ${selected.size} selected`}
          </button>
        </footer>
      ) : null}
    </section>
  );
}
