/** The ledger's rows: who, which profile and integration, when, and how the link ended. */
import type { LedgerEntry } from '../../../../src-shared/models/ledger';
import { HANDOFF_OWN_TAGS } from '../../../../src-shared/tags/tag-rules';

const OUTCOME_LABEL: Record<string, string> = {
  live: 'Live',
  connected: 'Connected',
  revoked: 'Revoked',
  expired: 'Expired',
  superseded: 'Superseded',
  failed: 'Failed',
};

const when = (iso: string) =>
  new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export interface LedgerTableProps {
  entries: LedgerEntry[];
}

export function LedgerTable({ entries }: LedgerTableProps) {
  return (
    <div className="ledger-table__wrap">
      <table className="import-table ledger-table" data-testid="ledger-table">
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Customer</th>
            <th scope="col">Kind</th>
            <th scope="col">Profile</th>
            <th scope="col">Integration</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const outcome = e.outcome ?? 'live';
            const tags = Object.entries(e.tags).filter(([k]) => !HANDOFF_OWN_TAGS.includes(k));
            return (
              <tr key={e.id} data-testid="ledger-row" data-outcome={outcome}>
                <td>{when(e.createdAt)}</td>
                <td>
                  <span className="import-table__label">{e.label}</span>
                  {tags.length > 0 ? (
                    <span className="import-table__sub">
                      {tags.map(([k, v]) => `${k}=${v}`).join(' · ')}
                    </span>
                  ) : null}
                </td>
                <td>{e.kind === 'reconnect' ? 'Reconnect' : 'Connect'}</td>
                <td>{e.profileName}</td>
                <td>
                  {e.integrationId ??
                    (e.integrations.length === 0 ? 'All' : e.integrations.join(', '))}
                  {e.connectionId ? (
                    <span className="import-table__sub mono">{e.connectionId}</span>
                  ) : null}
                </td>
                <td>
                  <span className={`badge badge--outcome-${outcome}`}>
                    {OUTCOME_LABEL[outcome]}
                  </span>
                  {e.outcomeAt ? (
                    <span className="import-table__sub">{when(e.outcomeAt)}</span>
                  ) : null}
                  {e.note ? <span className="import-table__sub">{e.note}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
