/**
 * Feeds the OS's view of connectivity to the network monitor. Electron's main process has no
 * online/offline event, so `net.isOnline()` is polled gently, and checked at once when the
 * machine wakes up (the moment connectivity most often changes).
 */
import { net, powerMonitor } from 'electron';

/** How often to ask the OS. Cheap (no network traffic), but there is no need to hurry. */
export const ONLINE_POLL_MS = 5_000;

/** Options for {@link watchOnlineState}, injectable for tests. */
export interface OnlineWatchOptions {
  isOnline: () => boolean;
  onChange: (online: boolean) => void;
  intervalMs?: number;
}

/**
 * Reports the current state at once, then only changes. Returns `stop`, plus `check` for
 * callers that learn of a likely change (resume from sleep).
 */
export function watchOnlineState(options: OnlineWatchOptions): { check(): void; stop(): void } {
  let last: boolean | undefined;
  const check = () => {
    let online: boolean;
    try {
      online = options.isOnline();
    } catch {
      return;
    }
    if (online === last) return;
    last = online;
    options.onChange(online);
  };
  const timer = setInterval(check, options.intervalMs ?? ONLINE_POLL_MS);
  // Polling alone must not keep the process alive.
  timer.unref?.();
  check();
  return { check, stop: () => clearInterval(timer) };
}

/** Watches the OS online state through Electron; returns the stop function. */
export function watchOsOnline(onChange: (online: boolean) => void): () => void {
  const watch = watchOnlineState({ isOnline: () => net.isOnline(), onChange });
  const onWake = () => watch.check();
  powerMonitor.on('resume', onWake);
  powerMonitor.on('unlock-screen', onWake);
  return () => {
    watch.stop();
    powerMonitor.off('resume', onWake);
    powerMonitor.off('unlock-screen', onWake);
  };
}
