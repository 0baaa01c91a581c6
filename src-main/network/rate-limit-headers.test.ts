import { describe, expect, it } from 'vitest';
import { readRateLimit, readRetryDelayMs, toRetrySeconds } from './rate-limit-headers';

describe('rate-limit headers', () => {
  it('reads limit, remaining and reset (epoch seconds → ms)', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '200',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '1795000000',
    });
    expect(readRateLimit(headers)).toEqual({ limit: 200, remaining: 0, resetAt: 1795000000_000 });
    expect(readRateLimit(new Headers({ 'X-RateLimit-Limit': 'lots' })).limit).toBeNull();
  });

  it('prefers Retry-After over the reset, and clamps the past to 0', () => {
    const now = 1795000000_000;
    const reset = { 'X-RateLimit-Reset': '1795000010' };
    expect(readRetryDelayMs(new Headers({ 'Retry-After': '3', ...reset }), now)).toBe(3_000);
    expect(readRetryDelayMs(new Headers(reset), now)).toBe(10_000);
    expect(readRetryDelayMs(new Headers(reset), now + 60_000)).toBe(0);
    expect(readRetryDelayMs(new Headers(), now)).toBeNull();
  });

  it('rounds waits up to whole seconds, at least 1', () => {
    expect(toRetrySeconds(0)).toBe(1);
    expect(toRetrySeconds(1_001)).toBe(2);
  });
});
