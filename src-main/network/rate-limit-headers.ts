/**
 * Reads Nango's rate-limit headers. Every response carries X-RateLimit-Limit / -Remaining /
 * -Reset (epoch seconds); a 429 adds Retry-After (seconds). Reading them from every response,
 * not only from 429s, is what lets background polling back off before the limit is hit.
 */

/** What one response said about its bucket. Absent headers are `null`. */
export interface RateLimitSnapshot {
  limit: number | null;
  remaining: number | null;
  /** Epoch milliseconds at which the current window ends. */
  resetAt: number | null;
}

function readCount(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** Parses the X-RateLimit-* headers of a response. */
export function readRateLimit(headers: Headers): RateLimitSnapshot {
  const reset = readCount(headers, 'x-ratelimit-reset');
  return {
    limit: readCount(headers, 'x-ratelimit-limit'),
    remaining: readCount(headers, 'x-ratelimit-remaining'),
    resetAt: reset === null ? null : reset * 1000,
  };
}

/**
 * Milliseconds to wait after a 429, from Retry-After (delta seconds or an HTTP date), else from
 * X-RateLimit-Reset, else `null`. `now` is the injected clock's time.
 */
export function readRetryDelayMs(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const { resetAt } = readRateLimit(headers);
  return resetAt === null ? null : Math.max(0, resetAt - now);
}

/** Whole seconds, rounded up, never below 1: what the UI shows as "try again in N s". */
export function toRetrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
