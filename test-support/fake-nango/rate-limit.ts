/**
 * Fixed-window rate limiting on the injected clock: one bucket for every secret/scoped key of
 * the account (the customer's backend shares it), a separate one for session-token calls.
 */
import type { Clock } from '../../src-main/platform/clock';
import type { RateLimitConfig } from './types';

/** The two buckets of the (single) account. */
export type Bucket = 'secret-key' | 'session-token';

interface Window {
  startMs: number;
  count: number;
}

/** Result of {@link RateLimiter.consume}; `headers` go on the response either way. */
export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Counts requests per bucket in fixed windows that start with a bucket's first request. */
export class RateLimiter {
  private windows = new Map<Bucket, Window>();

  constructor(
    private readonly clock: Clock,
    private config: RateLimitConfig,
  ) {}

  /** Changes the limit and starts every bucket afresh. */
  configure(config: RateLimitConfig): void {
    this.config = { ...config };
    this.windows.clear();
  }

  /** Counts one request; refuses it once the window's limit is used up. */
  consume(bucket: Bucket): RateDecision {
    const window = this.current(bucket, true);
    window.count += 1;
    const allowed = window.count <= this.config.limit;
    const headers = this.headersFor(window);
    if (!allowed) {
      const waitMs = window.startMs + this.config.windowMs - this.clock.now();
      headers['Retry-After'] = String(Math.max(1, Math.ceil(waitMs / 1000)));
    }
    return { allowed, headers };
  }

  /** Headers describing a bucket without counting (for requests that are not counted). */
  peek(bucket: Bucket): Record<string, string> {
    return this.headersFor(this.current(bucket, false));
  }

  private current(bucket: Bucket, store: boolean): Window {
    const now = this.clock.now();
    const existing = this.windows.get(bucket);
    if (existing && now < existing.startMs + this.config.windowMs) return existing;
    const fresh = { startMs: now, count: 0 };
    if (store) this.windows.set(bucket, fresh);
    return fresh;
  }

  private headersFor(window: Window): Record<string, string> {
    const resetSeconds = Math.ceil((window.startMs + this.config.windowMs) / 1000);
    return {
      'X-RateLimit-Limit': String(this.config.limit),
      'X-RateLimit-Remaining': String(Math.max(0, this.config.limit - window.count)),
      'X-RateLimit-Reset': String(resetSeconds),
    };
  }
}
