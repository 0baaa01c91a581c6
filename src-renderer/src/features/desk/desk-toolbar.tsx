/**
 * Search, status filter and sort over the saved list. Works offline: it is all local.
 */
import type { ConnectionHealth } from '../../../../src-shared/models/connection';
import {
  STATUS_FILTERS,
  STATUS_FILTER_LABEL,
  type DeskQuery,
  type DeskSort,
  type StatusFilter,
} from '../../lib/connection-desk';

/** Props for {@link DeskToolbar}. */
export interface DeskToolbarProps {
  query: DeskQuery;
  onChange: (query: DeskQuery) => void;
  counts: Record<ConnectionHealth, number>;
  total: number;
}

/** The toolbar. */
export function DeskToolbar({ query, onChange, counts, total }: DeskToolbarProps) {
  return (
    <div className="desk-toolbar" role="search" aria-label="Saved connections">
      <div className="desk-toolbar__search">
        <label className="visually-hidden" htmlFor="desk-search">
          Search saved connections
        </label>
        <input
          id="desk-search"
          type="search"
          className="input"
          placeholder="Search label, connection id, integration or tag value"
          value={query.text}
          data-testid="desk-search"
          onChange={(event) => onChange({ ...query, text: event.target.value })}
        />
      </div>
      <div className="desk-toolbar__control">
        <label className="desk-toolbar__label" htmlFor="desk-status-filter">
          Status
        </label>
        <select
          id="desk-status-filter"
          className="select select--compact"
          value={query.status}
          data-testid="desk-status-filter"
          onChange={(event) => onChange({ ...query, status: event.target.value as StatusFilter })}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {STATUS_FILTER_LABEL[status]} ({status === 'all' ? total : counts[status]})
            </option>
          ))}
        </select>
      </div>
      <div className="desk-toolbar__control">
        <label className="desk-toolbar__label" htmlFor="desk-sort">
          Sort
        </label>
        <select
          id="desk-sort"
          className="select select--compact"
          value={query.sort}
          data-testid="desk-sort"
          onChange={(event) => onChange({ ...query, sort: event.target.value as DeskSort })}
        >
          <option value="status">Status (broken first)</option>
          <option value="label">Label (A–Z)</option>
        </select>
      </div>
    </div>
  );
}
