/**
 * Test double for the preload's event side: a `RawSubscribe` that keeps listeners per event,
 * so a test can emit events as main would and count who is still listening.
 */
import { vi } from 'vitest';
import type { RawSubscribe } from '../build-api';

/** A recording subscribe, an emitter, and a count of live listeners. */
export function fakeEvents() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe = vi.fn<RawSubscribe>((event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  });
  const emit = (event: string, payload: unknown = {}) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { subscribe, emit, count };
}
