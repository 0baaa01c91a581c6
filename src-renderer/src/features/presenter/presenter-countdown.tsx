/**
 * The presenter's countdown: large enough to read across a desk, same rules as the card's.
 */
import { describeCountdown, formatCountdown, remainingMs, urgencyOf } from '../../lib/countdown';
import { useClockStore } from '../../stores/use-clock-store';

/** Time left to scan. */
export function PresenterCountdown({
  expiresAt,
  createdAt,
}: {
  expiresAt: string;
  /** When the shown link was made: caps the display at its lifetime. */
  createdAt?: string;
}) {
  const now = useClockStore((s) => s.now);
  const ms = remainingMs(expiresAt, now, createdAt);
  const urgency = urgencyOf(ms);
  return (
    <p className={`presenter__countdown presenter__countdown--${urgency}`}>
      <span className="presenter__countdown-label">Code valid for</span>
      <time
        className="presenter__countdown-value"
        dateTime={expiresAt}
        data-testid="presenter-countdown"
        aria-label={describeCountdown(ms)}
      >
        {formatCountdown(ms)}
      </time>
    </p>
  );
}
