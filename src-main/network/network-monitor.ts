/**
 * Whether the app can reach Nango, as last observed. Two sources feed it: the OS (Electron's
 * online/offline events, wired later) and the outcome of real requests (reported by the Nango
 * HTTP layer). Either can say "offline"; either can bring it back.
 */
import type { NetworkStatus } from '../../src-shared/models/app-status';
import type { Clock } from '../platform/clock';

export interface NetworkMonitorOptions {
  clock: Clock;
  /** Called with the new status each time it changes (never for a repeat of the same state). */
  onChange?: (status: NetworkStatus) => void;
}

/** Shown when the OS reports no network. */
export const OS_OFFLINE_REASON = 'This computer is offline.';

/** Tracks online state and emits only on change. */
export class NetworkMonitor {
  private readonly clock: Clock;
  private readonly onChange: ((status: NetworkStatus) => void) | undefined;
  private osOnline = true;
  private requestFailure: string | null = null;
  private current: NetworkStatus;

  constructor(options: NetworkMonitorOptions) {
    this.clock = options.clock;
    this.onChange = options.onChange;
    this.current = { online: true, since: new Date(this.clock.now()).toISOString() };
  }

  /**
   * A request got an HTTP answer (any status). This wins over the OS flag: an answer proves the
   * network works, and OS connectivity checks are known to report false negatives on Linux.
   */
  reportReachable(): void {
    this.osOnline = true;
    this.requestFailure = null;
    this.update();
  }

  /** A request failed at the network level (DNS, refused, reset). `reason` is for people. */
  reportUnreachable(reason: string): void {
    this.requestFailure = reason;
    this.update();
  }

  /** The OS's online/offline event. Coming online clears an earlier request failure. */
  setOsOnline(online: boolean): void {
    this.osOnline = online;
    if (online) this.requestFailure = null;
    this.update();
  }

  /** A copy: callers cannot change the monitor's own. */
  status(): NetworkStatus {
    return { ...this.current };
  }

  private update(): void {
    const online = this.osOnline && this.requestFailure === null;
    const reason = online
      ? undefined
      : this.osOnline
        ? (this.requestFailure ?? undefined)
        : OS_OFFLINE_REASON;
    if (online === this.current.online && reason === this.current.reason) return;
    // `since` marks the last online/offline flip; a new reason while still offline keeps it.
    const since =
      online === this.current.online
        ? this.current.since
        : new Date(this.clock.now()).toISOString();
    this.current = reason === undefined ? { online, since } : { online, reason, since };
    this.onChange?.(this.status());
  }
}
