/**
 * How long to wait before trying again after a transient failure (a revoke, a restore check):
 * growing steps up to five minutes, never sooner than a 429's Retry-After.
 */
import { NangoError } from '../nango/nango-error';

const STEPS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000];

/** The wait before attempt `attempts + 1`, given the last error. */
export function retryDelayMs(attempts: number, error: unknown): number {
  const step = STEPS_MS[Math.min(Math.max(attempts - 1, 0), STEPS_MS.length - 1)] as number;
  const retryAfter =
    error instanceof NangoError && error.kind === 'rate_limited'
      ? (error.details.retryAfterSeconds ?? 0) * 1000
      : 0;
  return Math.max(step, retryAfter);
}

/** Why an attempt failed, in words for the card. */
export function transientReason(error: unknown): string {
  if (!(error instanceof NangoError)) return 'Something went wrong inside Handoff.';
  switch (error.kind) {
    case 'offline':
      return 'Nango could not be reached (offline).';
    case 'timeout':
      return 'Nango did not answer in time.';
    case 'server':
      return 'Nango had a server error.';
    case 'rate_limited':
      return 'Nango’s rate limit was reached.';
    default:
      return 'Nango did not confirm it.';
  }
}
