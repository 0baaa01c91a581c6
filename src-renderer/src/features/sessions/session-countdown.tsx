/**
 * Time left on a live link, mm:ss, from the shared clock: amber under 5 minutes, red under 1.
 * Only a countdown on screen follows the clock: with hundreds of cards, the off-screen ones
 * cost nothing per tick (not even a subscription) and catch up, within the shared observer's
 * margin, before they scroll in.
 */
import { useRef } from 'react';
import { describeCountdown, formatCountdown, remainingMs, urgencyOf } from '../../lib/countdown';
import { useClockWhile } from '../../stores/use-clock-while';
import { useOnScreen } from '../../ui/use-on-screen';

/** Props for {@link SessionCountdown}. */
export interface SessionCountdownProps {
  expiresAt: string;
}

/** The live countdown. */
export function SessionCountdown({ expiresAt }: SessionCountdownProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  const now = useClockWhile(useOnScreen(ref));
  const ms = remainingMs(expiresAt, now);
  const urgency = urgencyOf(ms);
  return (
    <p ref={ref} className={`countdown countdown--${urgency}`} data-urgency={urgency}>
      <span className="countdown__label">Expires in</span>
      <time
        className="countdown__value"
        dateTime={expiresAt}
        data-testid="session-countdown"
        aria-label={describeCountdown(ms)}
      >
        {/* The digits sit in a fixed-size box (styles/sessions.css): a tick re-lays out that
            box alone, not the grid of cards around it. */}
        <span className="countdown__digits">{formatCountdown(ms)}</span>
      </time>
    </p>
  );
}
