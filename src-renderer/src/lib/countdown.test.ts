import { describe, expect, it } from 'vitest';
import {
  CRITICAL_MS,
  WARNING_MS,
  describeCountdown,
  formatCountdown,
  remainingMs,
  urgencyOf,
} from './countdown';

describe('formatCountdown', () => {
  it('formats a fresh 30-minute session as 30:00', () => {
    expect(formatCountdown(30 * 60_000)).toBe('30:00');
  });
  it('rounds up so 00:00 shows only at expiry', () => {
    expect(formatCountdown(29 * 60_000 + 59_001)).toBe('30:00');
    expect(formatCountdown(59_999)).toBe('01:00');
    expect(formatCountdown(500)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
  });
  it('never goes negative and does not cap minutes', () => {
    expect(formatCountdown(-5000)).toBe('00:00');
    expect(formatCountdown(75 * 60_000)).toBe('75:00');
  });
  it('pads seconds', () => {
    expect(formatCountdown(4 * 60_000 + 5_000)).toBe('04:05');
  });
});

describe('urgencyOf', () => {
  it('is calm at and above 5 minutes', () => {
    expect(urgencyOf(WARNING_MS)).toBe('calm');
    expect(urgencyOf(29 * 60_000)).toBe('calm');
  });
  it('turns amber under 5 minutes', () => {
    expect(urgencyOf(WARNING_MS - 1)).toBe('warning');
    expect(urgencyOf(CRITICAL_MS)).toBe('warning');
  });
  it('turns red under 1 minute', () => {
    expect(urgencyOf(CRITICAL_MS - 1)).toBe('critical');
    expect(urgencyOf(1)).toBe('critical');
  });
  it('is over at and after expiry', () => {
    expect(urgencyOf(0)).toBe('over');
    expect(urgencyOf(-1)).toBe('over');
  });
});

describe('remainingMs', () => {
  it('measures from now to an ISO time', () => {
    expect(remainingMs('1970-01-01T00:01:00.000Z', 15_000)).toBe(45_000);
  });
  it('treats an unparsable time as expired', () => {
    expect(remainingMs('not a date', 0)).toBe(0);
  });
  it('with the creation time, a clock up to a second behind still starts at 30:00, not 30:01', () => {
    const created = '2026-12-01T09:00:00.400Z';
    const expires = '2026-12-01T09:30:00.700Z'; // Nango's expiry, a little after 30 minutes
    const staleNow = Date.parse('2026-12-01T08:59:59.900Z');
    expect(formatCountdown(remainingMs(expires, staleNow))).toBe('30:01');
    expect(formatCountdown(remainingMs(expires, staleNow, created))).toBe('30:00');
    // Once the clock passes the creation time, the cap no longer matters.
    const later = Date.parse('2026-12-01T09:10:00.000Z');
    expect(remainingMs(expires, later, created)).toBe(remainingMs(expires, later));
    expect(remainingMs(expires, staleNow, 'not a date')).toBe(remainingMs(expires, staleNow));
  });
});

describe('describeCountdown', () => {
  it('speaks minutes and seconds', () => {
    expect(describeCountdown(61_000)).toBe('1 minute 1 second left');
    expect(describeCountdown(5 * 60_000)).toBe('5 minutes left');
    expect(describeCountdown(0)).toBe('Expired');
  });
});
