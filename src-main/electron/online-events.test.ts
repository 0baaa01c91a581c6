import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return { online: true, powerMonitor: new EventEmitter() };
});
vi.mock('electron', () => ({
  net: { isOnline: () => fake.online },
  powerMonitor: fake.powerMonitor,
}));

import { ONLINE_POLL_MS, watchOnlineState, watchOsOnline } from './online-events';

beforeEach(() => {
  vi.useFakeTimers();
  fake.online = true;
});
afterEach(() => vi.useRealTimers());

describe('watchOnlineState', () => {
  it('reports the state at once, then only changes', () => {
    let online = true;
    const onChange = vi.fn();
    const watch = watchOnlineState({ isOnline: () => online, onChange, intervalMs: 1000 });
    expect(onChange.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(3000);
    expect(onChange).toHaveBeenCalledTimes(1);
    online = false;
    vi.advanceTimersByTime(1000);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
    watch.stop();
    online = true;
    vi.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('survives a probe that throws', () => {
    const onChange = vi.fn();
    const watch = watchOnlineState({
      isOnline: () => {
        throw new Error('no network service');
      },
      onChange,
    });
    vi.advanceTimersByTime(ONLINE_POLL_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
    watch.stop();
  });
});

describe('watchOsOnline', () => {
  it('polls net.isOnline gently and checks at once on resume', () => {
    const onChange = vi.fn();
    const stop = watchOsOnline(onChange);
    expect(onChange.mock.calls).toEqual([[true]]);
    fake.online = false;
    fake.powerMonitor.emit('resume');
    expect(onChange.mock.calls).toEqual([[true], [false]]);
    fake.online = true;
    vi.advanceTimersByTime(ONLINE_POLL_MS);
    expect(onChange.mock.calls).toEqual([[true], [false], [true]]);
    stop();
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
    fake.online = false;
    vi.advanceTimersByTime(ONLINE_POLL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
