import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isClockRunning, startClock, useClockStore } from './use-clock-store';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('the shared clock', () => {
  it('ticks once per second from Date.now()', () => {
    const stop = startClock();
    expect(useClockStore.getState().now).toBe(1_000_000);
    vi.advanceTimersByTime(1000);
    expect(useClockStore.getState().now).toBe(1_001_000);
    vi.advanceTimersByTime(2000);
    expect(useClockStore.getState().now).toBe(1_003_000);
    stop();
  });

  it('runs a single interval however many callers start it', () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const stopA = startClock();
    const stopB = startClock();
    const stopC = startClock();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    stopA();
    stopB();
    stopB(); // stopping twice is harmless
    expect(isClockRunning()).toBe(true);
    stopC();
    expect(isClockRunning()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    spy.mockRestore();
  });
});
