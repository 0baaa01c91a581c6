/**
 * Search, status filter and sort over the saved list. Works offline: it is all local.
 */
import type { ReactNode } from 'react';
import type { ConnectionHealth } from '../../../../src-shared/models/connection';
import {
  STATUS_FILTERS,
  STATUS_FILTER_LABEL,
  type DeskQuery,
  type DeskSort,
  type StatusFilter,
} from '../../lib/connection-desk';

export interface DeskToolbarProps {
  query: DeskQuery;
  onChange: (query: DeskQuery) => void;
  counts: Record<ConnectionHealth, number>;
  total: number;
}

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
      <ToolbarSelect
        id="desk-status-filter"
        label="Status"
        value={query.status}
        onChange={(value) => onChange({ ...query, status: value as StatusFilter })}
      >
        {STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {STATUS_FILTER_LABEL[status]} ({status === 'all' ? total : counts[status]})
          </option>
        ))}
      </ToolbarSelect>
      <ToolbarSelect
        id="desk-sort"
        label="Sort"
        value={query.sort}
        onChange={(value) => onChange({ ...query, sort: value as DeskSort })}
      >
        <option value="status">Status (broken first)</option>
        <option value="label">Label (A–Z)</option>
      </ToolbarSelect>
    </div>
  );
}

interface ToolbarSelectProps {
  /** The select's id, also its test id. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

/** A labelled compact select of the toolbar. */
function ToolbarSelect({ id, label, value, onChange, children }: ToolbarSelectProps) {
  return (
    <div className="desk-toolbar__control">
      <label className="desk-toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select select--compact"
        value={value}
        data-testid={id}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
