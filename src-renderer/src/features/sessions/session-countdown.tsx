/**
 * Time left on a live link, mm:ss, from the shared clock: amber under 5 minutes, red under 1.
 * Only a countdown on screen follows the clock: with hundreds of cards, the off-screen ones
 * cost nothing per tick (not even a subscription) and catch up, within the shared observer's
 * margin, before they scroll in.
 */
import { useEffect, useReducer, useRef } from 'react';
import { describeCountdown, formatCountdown, remainingMs, urgencyOf } from '../../lib/countdown';
import { useClockStore } from '../../stores/use-clock-store';
import { useOnScreen } from '../../ui/use-on-screen';

/** Props for {@link SessionCountdown}. */
export interface SessionCountdownProps {
  expiresAt: string;
  /** When the link was made: caps the display at its lifetime (see `remainingMs`). */
  createdAt?: string;
}

/** The live countdown. */
export function SessionCountdown({ expiresAt, createdAt }: SessionCountdownProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  const timeRef = useRef<HTMLTimeElement>(null);
  const digitsRef = useRef<HTMLSpanElement>(null);
  const onScreen = useOnScreen(ref);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Read, not subscribed: any render (a prop change, coming back on screen) shows the time now.
  const ms = remainingMs(expiresAt, useClockStore.getState().now, createdAt);
  const urgency = urgencyOf(ms);

  // A tick that only changes the digits writes them straight into the DOM: no React commit per
  // second per countdown. A tick that crosses an urgency threshold (three a lifetime) renders,
  // since the colour and class change. The time's label is rewritten too, so a screen reader
  // that reads the countdown hears the time now; it is not a live region, so it is not spoken
  // every second.
  useEffect(() => {
    if (!onScreen) return;
    const show = (now: number) => {
      const left = remainingMs(expiresAt, now, createdAt);
      if (urgencyOf(left) !== urgency) return rerender();
      const text = digitsRef.current?.firstChild;
      const digits = formatCountdown(left);
      if (text instanceof Text && text.data !== digits) text.data = digits;
      timeRef.current?.setAttribute('aria-label', describeCountdown(left));
    };
    show(useClockStore.getState().now);
    return useClockStore.subscribe((state) => show(state.now));
  }, [onScreen, expiresAt, createdAt, urgency]);

  return (
    <p ref={ref} className={`countdown countdown--${urgency}`} data-urgency={urgency}>
      <span className="countdown__label">Expires in</span>
      <time
        ref={timeRef}
        className="countdown__value"
        dateTime={expiresAt}
        data-testid="session-countdown"
        aria-label={describeCountdown(ms)}
      >
        {/* The digits sit in a fixed-size box (styles/sessions.css): a tick re-lays out that
            box alone, not the grid of cards around it. */}
        <span ref={digitsRef} className="countdown__digits">
          {formatCountdown(ms)}
        </span>
      </time>
    </p>
  );
}
