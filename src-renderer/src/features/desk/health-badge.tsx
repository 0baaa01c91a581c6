/**
 * A saved connection's health at a glance: the badge, and under it what and since when.
 */
import type { SavedConnection } from '../../../../src-shared/models/connection';
import { HEALTH_LABEL, formatAbsolute, healthDetail, healthSince } from '../../lib/connection-desk';

export interface HealthBadgeProps {
  row: SavedConnection;
  /** Epoch ms, from the shared clock (minute resolution is enough). */
  now: number;
}

/** The health badge and its detail line. */
export function HealthBadge({ row, now }: HealthBadgeProps) {
  const since = healthSince(row);
  return (
    <div className="health">
      <span className={`health__badge health__badge--${row.health}`} data-testid="desk-health">
        <span className="health__dot" aria-hidden="true" />
        {HEALTH_LABEL[row.health]}
      </span>
      <span className="health__detail">
        {since ? (
          <time dateTime={since} title={formatAbsolute(since)}>
            {healthDetail(row, now)}
          </time>
        ) : (
          healthDetail(row, now)
        )}
      </span>
      {since ? <span className="health__absolute">{formatAbsolute(since)}</span> : null}
    </div>
  );
}
