/**
 * The computer going to sleep and waking, from Electron's powerMonitor (usable once the app
 * is ready; the composition root subscribes after that).
 */
import { powerMonitor } from 'electron';
import type { PowerState } from '../platform/desktop';

/** Calls `listener` on suspend and resume; returns the unsubscribe function. */
export function watchPower(listener: (state: PowerState) => void): () => void {
  const onSuspend = () => listener('suspend');
  const onResume = () => listener('resume');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
  };
}
