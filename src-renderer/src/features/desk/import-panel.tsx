/**
 * "Import from Nango": filter Nango's connections (integration, text, one tag), page through
 * them, tick some, and save them on the desk with their current tags. The state and actions
 * are in use-import-panel.ts; this file is the view.
 */
import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { IntegrationsEntry } from '../../stores/use-integrations-store';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import type { Announce } from './desk-announcement';
import { ImportResultsTable } from './import-results-table';
import { useImportPanel } from './use-import-panel';

export interface ImportPanelProps {
  profileId: string;
  /** Keys ({@link connectionKey}) of connections already on the desk for this profile. */
  saved: ReadonlySet<string>;
  integrations: IntegrationsEntry | undefined;
  onClose: () => void;
  announce: Announce;
}

export function ImportPanel({
  profileId,
  saved,
  integrations,
  onClose,
  announce,
}: ImportPanelProps) {
  const id = useId();
  const {
    filters,
    setFilter: set,
    result,
    pageRows,
    loading,
    importing,
    error,
    tagError,
    selected,
    allOnPage,
    status,
    search,
    goToPage,
    toggle,
    toggleAll,
    importSelected,
  } = useImportPanel({ profileId, announce, onImported: onClose });
  const firstRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    search();
  };
  const list = integrations?.result?.available ? integrations.result.integrations : null;

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
        <ImportResultsTable
          idPrefix={id}
          pageRows={pageRows}
          selected={selected}
          allOnPage={allOnPage}
          saved={saved}
          toggle={toggle}
          toggleAll={toggleAll}
        />
      ) : null}
      {result ? (
        <footer className="import-panel__footer">
          <div className="import-panel__paging">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={loading || result.page === 0}
              data-testid="import-prev"
              onClick={() => goToPage(result.page - 1)}
            >
              Previous page
            </button>
            <span className="muted small">Page {result.page + 1}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={loading || !result.hasMore}
              data-testid="import-next"
              onClick={() => goToPage(result.page + 1)}
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
            onClick={() => void importSelected()}
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
