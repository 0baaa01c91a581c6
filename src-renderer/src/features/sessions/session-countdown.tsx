/**
 * Time left on a live link, mm:ss, from the shared clock: amber under 5 minutes, red under 1.
 */
import { describeCountdown, formatCountdown, remainingMs, urgencyOf } from '../../lib/countdown';
import { useClockStore } from '../../stores/use-clock-store';

/** Props for {@link SessionCountdown}. */
export interface SessionCountdownProps {
  expiresAt: string;
}

/** The live countdown. */
export function SessionCountdown({ expiresAt }: SessionCountdownProps) {
  const now = useClockStore((s) => s.now);
  const ms = remainingMs(expiresAt, now);
  const urgency = urgencyOf(ms);
  return (
    <p className={`countdown countdown--${urgency}`} data-urgency={urgency}>
      <span className="countdown__label">Expires in</span>
      <time
        className="countdown__value"
        dateTime={expiresAt}
        data-testid="session-countdown"
        aria-label={describeCountdown(ms)}
      >
        {formatCountdown(ms)}
      </time>
    </p>
  );
}
