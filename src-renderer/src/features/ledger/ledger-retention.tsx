/** How long the ledger keeps finished links. Live ones are always kept. */
import type { LedgerRetention } from '../../../../src-shared/models/ledger';
import { useLedgerStore } from '../../stores/use-ledger-store';

const CHOICES = [30, 90, 365, 1095];

export interface LedgerRetentionSelectProps {
  retention: LedgerRetention;
}

/** The "Keep" select. */
export function LedgerRetentionSelect({ retention }: LedgerRetentionSelectProps) {
  const setRetention = useLedgerStore((s) => s.setRetention);
  const choices = CHOICES.includes(retention.days) ? CHOICES : [...CHOICES, retention.days];
  return (
    <div className="desk-toolbar__control">
      <label className="desk-toolbar__label" htmlFor="ledger-retention">
        Keep
      </label>
      <select
        id="ledger-retention"
        className="select select--compact"
        value={retention.days}
        data-testid="ledger-retention"
        onChange={(event) => void setRetention({ ...retention, days: Number(event.target.value) })}
      >
        {choices.map((days) => (
          <option key={days} value={days}>
            {days % 365 === 0 ? `${days / 365} year${days === 365 ? '' : 's'}` : `${days} days`}
          </option>
        ))}
      </select>
    </div>
  );
}
