/**
 * Tells main what it needs for self-refreshing links: whether the window can be seen (the
 * Page Visibility API: hidden when minimised or covered; refreshing pauses meanwhile) and
 * which session is in presenter view (where refreshing is on by default). Reported once at
 * start and on every change.
 */
import type { HandoffApi } from '../api';
import { useSpotlightStore } from './use-spotlight-store';

/** Starts reporting; returns the stop function. */
export function reportViewToMain(api: HandoffApi): () => void {
  let last = '';
  const report = () => {
    const visible = document.visibilityState === 'visible';
    const presentingId = useSpotlightStore.getState().presenterId;
    const key = `${visible}/${presentingId ?? ''}`;
    if (key === last) return;
    last = key;
    void api.window.reportView({ visible, ...(presentingId ? { presentingId } : {}) });
  };
  document.addEventListener('visibilitychange', report);
  const stop = useSpotlightStore.subscribe(report);
  report();
  return () => {
    document.removeEventListener('visibilitychange', report);
    stop();
  };
}
