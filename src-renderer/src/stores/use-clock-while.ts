/**
 * The shared clock's `now`, followed only while `active`: an inactive caller (a countdown off
 * screen) is not even subscribed, so a tick does not visit it at all; it reads the current time
 * whenever it renders for another reason, and at once when it becomes active again.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useClockStore } from './use-clock-store';

const unsubscribed = () => () => undefined;
const readNow = () => useClockStore.getState().now;

/** `now` from the shared clock, re-rendering each tick only while `active`. */
export function useClockWhile(active: boolean): number {
  const subscribe = useCallback(
    (onTick: () => void) => (active ? useClockStore.subscribe(onTick) : unsubscribed()),
    [active],
  );
  return useSyncExternalStore(subscribe, readNow);
}
