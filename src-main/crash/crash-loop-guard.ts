/**
 * Decides whether a crashed renderer is reloaded: yes, unless it has crashed `limit` times
 * within `windowMs`, when reloading again would only crash again (a crash loop).
 */
import type { Clock } from '../platform/clock';

export interface CrashLoopGuardOptions {
  clock: Pick<Clock, 'now'>;
  /** Reloads allowed within the window. Default 3. */
  limit?: number;
  /** Default 60 s. */
  windowMs?: number;
}

/** Counts recent crashes. */
export class CrashLoopGuard {
  private crashes: number[] = [];
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(private readonly options: CrashLoopGuardOptions) {
    this.limit = options.limit ?? 3;
    this.windowMs = options.windowMs ?? 60_000;
  }

  /** Records a crash; true when the renderer may be reloaded. */
  recordCrash(): boolean {
    const now = this.options.clock.now();
    this.crashes = [...this.crashes.filter((at) => now - at < this.windowMs), now];
    return this.crashes.length <= this.limit;
  }

  /** Forgets past crashes (the user chose to try again). */
  reset(): void {
    this.crashes = [];
  }
}
