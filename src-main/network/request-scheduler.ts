/**
 * THE one place network calls to Nango are scheduled. Every call names a bucket (one per
 * Nango account, i.e. API base URL + key, plus a separate one for session-token calls, which
 * the server counts apart) and a priority. Per bucket the scheduler:
 *
 * - learns the rate-limit window from every response's X-RateLimit-* headers;
 * - after a 429 pauses the bucket until Retry-After (or the window's reset), failing calls at
 *   once without touching the network, so a burst never turns into a storm of 429s;
 * - refuses background calls (polling, status refresh) while Remaining is below a reserve,
 *   because the bucket is shared with the customer's own backend and the rep's clicks;
 * - caps concurrency and queues the rest FIFO, interactive ahead of background.
 *
 * Time comes from the injected Clock, so tests and the e2e harness can move past a pause.
 */
import { NangoError } from '../nango/nango-error';
import type { Clock } from '../platform/clock';
import { readRateLimit, readRetryDelayMs, toRetrySeconds } from './rate-limit-headers';

/** `interactive`: a person is waiting. `background`: polling and refreshes, which yield. */
export type RequestPriority = 'interactive' | 'background';

/** A bucket as last observed, for tests and the UI. Times are epoch ms on the scheduler's clock. */
export interface BucketState {
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
  /** Set while the bucket is paused after a 429. */
  pausedUntil: number | null;
  inFlight: number;
  queued: number;
}

export interface RequestSchedulerOptions {
  clock: Clock;
  /** Calls in flight per bucket; the rest wait. Default 4. */
  maxInFlight?: number;
  /** Share of the limit kept for interactive calls and the customer's backend. Default 0.25. */
  backgroundReserve?: number;
  /** Pause after a 429 that names no Retry-After or reset. Default 60 s (Nango's window). */
  defaultPauseMs?: number;
}

interface Job {
  priority: RequestPriority;
  send: () => Promise<Response>;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

interface Bucket {
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
  pausedUntil: number | null;
  inFlight: number;
  interactive: Job[];
  background: Job[];
}

const newBucket = (): Bucket => ({
  limit: null,
  remaining: null,
  resetAt: null,
  pausedUntil: null,
  inFlight: 0,
  interactive: [],
  background: [],
});

/** Schedules every Nango call under its bucket's rate limit. */
export class RequestScheduler {
  private readonly clock: Clock;
  private readonly maxInFlight: number;
  private readonly reserve: number;
  private readonly defaultPauseMs: number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RequestSchedulerOptions) {
    this.clock = options.clock;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 4);
    this.reserve = options.backgroundReserve ?? 0.25;
    this.defaultPauseMs = options.defaultPauseMs ?? 60_000;
  }

  /**
   * Runs `send` when the bucket allows it and resolves with its Response, whatever the status
   * (a 429 included: the caller turns statuses into errors). Rejects with
   * `NangoError('rate_limited')` without calling `send` while the bucket is paused, or for a
   * background call while the bucket is below its reserve. Errors thrown by `send` pass through.
   */
  run(bucket: string, priority: RequestPriority, send: () => Promise<Response>): Promise<Response> {
    const state = this.bucket(bucket);
    const refusal = this.refusal(state, priority);
    if (refusal) return Promise.reject(refusal);
    return new Promise<Response>((resolve, reject) => {
      state[priority].push({ priority, send, resolve, reject });
      this.pump(state);
    });
  }

  /** A snapshot of a bucket; an unknown bucket reads as all `null` and idle. */
  bucketState(bucket: string): BucketState {
    const state = this.buckets.get(bucket) ?? newBucket();
    const now = this.clock.now();
    const windowOver = state.resetAt !== null && now >= state.resetAt;
    return {
      limit: state.limit,
      remaining: windowOver ? null : state.remaining,
      resetAt: windowOver ? null : state.resetAt,
      pausedUntil: state.pausedUntil !== null && now < state.pausedUntil ? state.pausedUntil : null,
      inFlight: state.inFlight,
      queued: state.interactive.length + state.background.length,
    };
  }

  private bucket(name: string): Bucket {
    let state = this.buckets.get(name);
    if (!state) {
      state = newBucket();
      this.buckets.set(name, state);
    }
    return state;
  }

  private pump(state: Bucket): void {
    while (state.inFlight < this.maxInFlight) {
      const job = state.interactive.shift() ?? state.background.shift();
      if (!job) return;
      // Checked again: a 429 may have paused the bucket while this job waited.
      const refusal = this.refusal(state, job.priority);
      if (refusal) job.reject(refusal);
      else this.dispatch(state, job);
    }
  }

  private dispatch(state: Bucket, job: Job): void {
    state.inFlight++;
    // Count the call now so a burst of background calls cannot all slip under the reserve
    // before the first response corrects the figure.
    if (state.remaining !== null) state.remaining = Math.max(0, state.remaining - 1);
    let sent: Promise<Response>;
    try {
      sent = job.send();
    } catch (error) {
      sent = Promise.reject(error);
    }
    // The slot is freed and the headers read before the caller resumes, so what it sees in
    // bucketState (and what the next queued call is checked against) is already up to date.
    sent.then(
      (response) => {
        state.inFlight--;
        this.observe(state, response);
        job.resolve(response);
        this.pump(state);
      },
      (error: unknown) => {
        state.inFlight--;
        job.reject(error);
        this.pump(state);
      },
    );
  }

  private observe(state: Bucket, response: Response): void {
    const seen = readRateLimit(response.headers);
    if (seen.limit !== null) state.limit = seen.limit;
    if (seen.remaining !== null) state.remaining = seen.remaining;
    if (seen.resetAt !== null) state.resetAt = seen.resetAt;
    if (response.status !== 429) return;
    const now = this.clock.now();
    const delay = readRetryDelayMs(response.headers, now) ?? this.defaultPauseMs;
    state.pausedUntil = Math.max(state.pausedUntil ?? 0, now + delay);
    state.remaining = 0;
  }

  private refusal(state: Bucket, priority: RequestPriority): NangoError | null {
    const now = this.clock.now();
    if (state.pausedUntil !== null) {
      if (now < state.pausedUntil) {
        return rateLimited(
          "Nango's rate limit for this account was reached.",
          state.pausedUntil - now,
        );
      }
      state.pausedUntil = null;
    }
    if (state.resetAt !== null && now >= state.resetAt) {
      // The window rolled over: the old counts say nothing about the new one.
      state.remaining = null;
      state.resetAt = null;
    }
    if (priority === 'background' && this.belowReserve(state)) {
      const wait = state.resetAt === null ? this.defaultPauseMs : state.resetAt - now;
      return rateLimited(
        "Background checks are on hold to leave Nango's rate limit for interactive requests and your own backend.",
        wait,
      );
    }
    return null;
  }

  private belowReserve(state: Bucket): boolean {
    if (state.limit === null || state.remaining === null) return false;
    return state.remaining < state.limit * this.reserve;
  }
}

function rateLimited(reason: string, waitMs: number): NangoError {
  const retryAfterSeconds = toRetrySeconds(waitMs);
  return new NangoError('rate_limited', `${reason} Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
}
