/**
 * "Refresh statuses": asks Nango for the health of every saved connection of the profile, then
 * says what it found and when. Off, with the reason, while offline or without the scope.
 */
import type { SavedConnection } from '../../../../src-shared/models/connection';
import { formatAbsolute, formatRelative, lastCheckedAt } from '../../lib/connection-desk';
import { useConnectionsStore } from '../../stores/use-connections-store';
import { useNetworkStore } from '../../stores/use-network-store';
import { ErrorAlert } from '../../ui/error-alert';
import { isStaleOffline } from './use-action-error';

export interface RefreshBarProps {
  profileId: string;
  rows: SavedConnection[];
  now: number;
  offline: boolean;
  scopeOff: boolean;
}

/** The refresh button, its summary and its error. */
export function RefreshBar({ profileId, rows, now, offline, scopeOff }: RefreshBarProps) {
  const entry = useConnectionsStore((s) => s.refreshByProfile[profileId]);
  const refresh = useConnectionsStore((s) => s.refresh);
  const pending = entry?.pending ?? false;
  const checked = lastCheckedAt(rows);
  // The summary of the last refresh pressed here, unless the background refresh has checked
  // since: then only "Last checked" is true, and the old counts would mislead.
  const pressed = entry?.summary ?? null;
  const summary =
    pressed && !(checked && Date.parse(checked) > Date.parse(pressed.refreshedAt)) ? pressed : null;
  const disabledReason = offline
    ? 'Offline: checking statuses needs Nango.'
    : scopeOff
      ? 'This key cannot list connections.'
      : rows.length === 0
        ? 'Nothing to check yet.'
        : null;
  const reconnects = useNetworkStore((s) => s.reconnects);
  // A missing scope is explained by the scope panel, and being offline by the offline banner;
  // an offline error from before the app came back online is stale.
  const raw = entry?.error ?? null;
  const error =
    raw &&
    raw.code !== 'missing_scope' &&
    !(raw.code === 'offline' && offline) &&
    !isStaleOffline(raw, entry?.errorSeenAt ?? 0, reconnects)
      ? raw
      : null;

  return (
    <div className="refresh-bar">
      <div className="refresh-bar__row">
        <button
          type="button"
          className="button button--secondary"
          disabled={pending || disabledReason !== null}
          aria-busy={pending}
          aria-describedby="desk-refresh-status"
          data-testid="desk-refresh"
          onClick={() => void refresh(profileId)}
        >
          {pending ? (
            <>
              <span className="spinner" aria-hidden="true" /> Checking…
            </>
          ) : (
            'Refresh statuses'
          )}
        </button>
        <p
          id="desk-refresh-status"
          className="refresh-bar__summary"
          aria-live="polite"
          data-testid="desk-refresh-summary"
        >
          {disabledReason && !pending ? (
            <span className="refresh-bar__why">{disabledReason} </span>
          ) : null}
          {summary ? (
            <>
              <span className="refresh-bar__counts">
                Checked <strong>{summary.checked}</strong> ·{' '}
                <span className={summary.broken > 0 ? 'text-danger' : undefined}>
                  <strong>{summary.broken}</strong> broken
                </span>{' '}
                · <strong>{summary.repaired}</strong> repaired · <strong>{summary.missing}</strong>{' '}
                missing
              </span>{' '}
              <span className="refresh-bar__when">
                — refreshed{' '}
                <time dateTime={summary.refreshedAt} title={formatAbsolute(summary.refreshedAt)}>
                  {formatRelative(summary.refreshedAt, now)}
                </time>
              </span>
            </>
          ) : checked ? (
            <span className="refresh-bar__when">
              Last checked{' '}
              <time dateTime={checked} title={formatAbsolute(checked)}>
                {formatRelative(checked, now)}
              </time>
            </span>
          ) : rows.length > 0 ? (
            <span className="refresh-bar__when">Not checked yet.</span>
          ) : null}
        </p>
      </div>
      <ErrorAlert error={error} compact />
    </div>
  );
}
