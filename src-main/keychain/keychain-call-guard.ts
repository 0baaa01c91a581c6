/**
 * Bounds every keychain call in time and reports slow ones. An unlock prompt can keep a call
 * pending for minutes (> 70 s seen) and an AbortSignal does not cancel it, so the caller stops
 * waiting instead: the call itself may still finish later.
 */
import type { Clock } from '../platform/clock';
import { KeychainError } from './keychain-error';
import { KEYCHAIN_MESSAGES } from './keychain-messages';

export interface KeychainCallGuardOptions {
  clock: Clock;
  /** Give up waiting after this long, with a 'timeout' KeychainError. */
  timeoutMs: number;
  /** Report activity once a call has taken this long. */
  slowAfterMs: number;
  /** true when the first slow call starts waiting, false when the last one is done. */
  onActivity?: (waiting: boolean) => void;
}

/** Wraps keychain promises with a timeout and "waiting for the keychain" events. */
export class KeychainCallGuard {
  // Counted, so overlapping slow calls give one true … false pair and the UI does not flicker.
  private slowCalls = 0;

  constructor(private readonly options: KeychainCallGuardOptions) {}

  /** Resolves as `pending` does, or rejects with KeychainError('timeout') after timeoutMs. */
  wait<T>(pending: Promise<T>): Promise<T> {
    const { clock, timeoutMs, slowAfterMs } = this.options;
    // The call may reject after we stopped waiting; that must not become an unhandled rejection.
    pending.catch(() => undefined);
    return new Promise<T>((resolve, reject) => {
      let slow = false;
      const slowTimer = clock.setTimeout(() => {
        slow = true;
        this.changeSlow(+1);
      }, slowAfterMs);
      const finish = (): void => {
        clock.clearTimeout(slowTimer);
        clock.clearTimeout(timeoutTimer);
        if (slow) this.changeSlow(-1);
        slow = false;
      };
      const timeoutTimer = clock.setTimeout(() => {
        finish();
        reject(new KeychainError('timeout', KEYCHAIN_MESSAGES.timeout));
      }, timeoutMs);
      pending.then(
        (value) => {
          finish();
          resolve(value);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  }

  private changeSlow(delta: 1 | -1): void {
    const before = this.slowCalls;
    this.slowCalls += delta;
    if (before === 0 && this.slowCalls === 1) this.options.onActivity?.(true);
    if (before === 1 && this.slowCalls === 0) this.options.onActivity?.(false);
  }
}
