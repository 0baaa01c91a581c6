/**
 * Countdown formatting and urgency for a session's remaining lifetime.
 */

/** Under this many milliseconds left, the countdown turns amber. */
export const WARNING_MS = 5 * 60_000;
/** Under this many milliseconds left, the countdown turns red. */
export const CRITICAL_MS = 60_000;

/** How urgent a countdown looks. `over`: the link has expired. */
export type Urgency = 'calm' | 'warning' | 'critical' | 'over';

/**
 * Milliseconds from `now` until an ISO 8601 time (negative once passed; 0 if unparsable).
 * With `createdAt`, never more than the link's whole-second lifetime: the shared clock ticks
 * once a second, so a card arriving between ticks reads a `now` up to a second old, and the
 * rounded-up display would start a 30-minute link at "30:01".
 */
export function remainingMs(expiresAt: string, now: number, createdAt?: string): number {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return 0;
  const left = end - now;
  const start = createdAt === undefined ? Number.NaN : Date.parse(createdAt);
  if (Number.isNaN(start) || start >= end) return left;
  return Math.min(left, Math.floor((end - start) / 1000) * 1000);
}

/**
 * Formats remaining time as `mm:ss`, rounding up so the display reads `00:00` only at expiry.
 * Minutes are not capped at 59 (`75:00`), and passed times read `00:00`.
 */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Maps remaining time to an urgency level for colour. */
export function urgencyOf(ms: number): Urgency {
  if (ms <= 0) return 'over';
  if (ms < CRITICAL_MS) return 'critical';
  if (ms < WARNING_MS) return 'warning';
  return 'calm';
}

/** Speaks the remaining time in words for assistive tech ("12 minutes 5 seconds left"). */
export function describeCountdown(ms: number): string {
  if (ms <= 0) return 'Expired';
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return `${parts.join(' ')} left`;
}
