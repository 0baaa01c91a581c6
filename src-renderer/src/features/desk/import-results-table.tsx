/**
 * One page of Nango's connections in the import panel: a checkbox per row (and one for the
 * page), who it is, the connection, its health and whether it is already on the desk, its tags.
 */
import type { RemoteConnection } from '../../../../src-shared/models/connection';
import { connectionKey, defaultRemoteLabel, isRemoteBroken } from '../../lib/connection-desk';
import { TagChips } from './tag-chips';

export interface ImportResultsTableProps {
  /** Prefix for the row checkboxes' ids (from useId). */
  idPrefix: string;
  pageRows: RemoteConnection[];
  selected: ReadonlyMap<string, RemoteConnection>;
  allOnPage: boolean;
  /** Keys ({@link connectionKey}) of connections already on the desk. */
  saved: ReadonlySet<string>;
  toggle: (remote: RemoteConnection) => void;
  toggleAll: () => void;
}

export function ImportResultsTable({
  idPrefix,
  pageRows,
  selected,
  allOnPage,
  saved,
  toggle,
  toggleAll,
}: ImportResultsTableProps) {
  return (
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
            const checkboxId = `${idPrefix}-select-${index}`;
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
                  {saved.has(key) ? <span className="import-table__saved">On the desk</span> : null}
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
  );
}
