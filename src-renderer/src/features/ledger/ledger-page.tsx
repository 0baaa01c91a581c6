/**
 * The link history: every link Handoff made, with how it ended, searchable, exportable as CSV,
 * and how long it is kept. No token or link is ever listed here.
 */
import { useEffect, useMemo, useState } from 'react';
import { searchLedger } from '../../../../src-shared/ledger/search-ledger';
import { errorMessage } from '../../lib/error-message';
import { useLedgerStore } from '../../stores/use-ledger-store';
import { LedgerRetentionSelect } from './ledger-retention';
import { LedgerTable } from './ledger-table';

/** The Ledger tab. */
export function LedgerPage() {
  const ledger = useLedgerStore((s) => s.ledger);
  const watch = useLedgerStore((s) => s.watch);
  const exportCsv = useLedgerStore((s) => s.exportCsv);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => watch(), [watch]);

  const shown = useMemo(() => searchLedger(ledger?.entries ?? [], query), [ledger, query]);

  const onExport = async () => {
    setBusy(true);
    const result = await exportCsv(query);
    setBusy(false);
    if (!result.ok) setStatus(errorMessage(result.error));
    else if (result.data.path === null) setStatus('Export cancelled.');
    else setStatus(`Exported ${result.data.rows} rows to ${result.data.path}.`);
  };

  return (
    <section className="ledger" aria-labelledby="ledger-title" data-testid="ledger">
      <header className="desk__header">
        <div className="desk__heading">
          <h1 id="ledger-title" className="page-title">
            Ledger
          </h1>
          <p className="muted small">
            Every link Handoff made, in every profile, and how it ended. Links and tokens are never
            kept here.
          </p>
        </div>
        <div className="desk__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || shown.length === 0}
            data-testid="ledger-export"
            onClick={() => void onExport()}
          >
            {busy ? 'Exporting…' : 'Export CSV'}
          </button>
        </div>
      </header>
      <div className="desk-toolbar" role="search" aria-label="Ledger">
        <div className="desk-toolbar__search">
          <label className="visually-hidden" htmlFor="ledger-search">
            Search the ledger
          </label>
          <input
            id="ledger-search"
            type="search"
            className="input"
            placeholder="Search customer, tag, profile, integration, outcome or connection id"
            value={query}
            data-testid="ledger-search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {ledger ? <LedgerRetentionSelect retention={ledger.retention} /> : null}
      </div>
      <p className="muted small" role="status" data-testid="ledger-status">
        {status ||
          (ledger
            ? `${shown.length} of ${ledger.entries.length} ${ledger.entries.length === 1 ? 'link' : 'links'}`
            : 'Loading…')}
      </p>
      {ledger && shown.length === 0 ? (
        <div className="empty" data-testid="ledger-empty">
          <p className="empty__title">
            {ledger.entries.length === 0 ? 'No links yet' : 'Nothing matches'}
          </p>
          <p className="muted">
            {ledger.entries.length === 0
              ? 'Each link you create is recorded here with how it ended.'
              : 'Try fewer words, or search by outcome (connected, revoked, expired, superseded, failed, live).'}
          </p>
        </div>
      ) : (
        <LedgerTable entries={shown} />
      )}
    </section>
  );
}
