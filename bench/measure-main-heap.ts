/**
 * The main process over a long day: heap after 1,000 sessions created and expired, and the
 * timers still pending then and after dispose. Real services and the fake server on a manual
 * clock that jumps past the expiry. The fake server lives in the same heap, so its own growth
 * for the same 1,000 sessions (sent raw) is measured apart and subtracted. Needs
 * `node --expose-gc` for a meaningful heap figure.
 */
import { startTestApp } from '../src-main/app/app-test-kit';
import { benchProfile, createKitSession } from './kit-sessions';
import { call, startTestServer } from '../test-support/fake-nango/test-server';

/** Heap (MB) and timer counts. */
export interface MainHeapFigures {
  /** Heap growth, app + fake server, from before the first session to after the last expired. */
  growthMb: number;
  /** The fake server's own growth for as many sessions created raw. */
  serverGrowthMb: number;
  /** Timers pending once every session has expired (background refresh etc.). */
  timersAfterExpiry: number;
  /** Timers pending after the app was disposed (should be 0). */
  timersAfterDispose: number;
  gcExposed: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function serverGrowth(count: number): Promise<number> {
  const { nango, clock } = await startTestServer({
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  try {
    const before = heapMb();
    for (let i = 0; i < count; i += 1) {
      await call(nango, '/connect/sessions', {
        method: 'POST',
        json: { tags: { end_user_id: `cus_${i}`, end_user_email: `cus_${i}@example.com` } },
      });
    }
    clock.advance(31 * 60_000);
    return heapMb() - before;
  } finally {
    await nango.close();
  }
}

/** Creates and expires `count` sessions. */
export async function measureMainHeap(count: number): Promise<MainHeapFigures> {
  const serverGrowthMb = await serverGrowth(count);
  const t = await startTestApp();
  try {
    const profileId = await benchProfile(t);
    t.events.length = 0;
    const baselineMb = heapMb();
    for (let i = 0; i < count; i += 1) await createKitSession(t, profileId, `cus_${i}`);
    t.clock.advance(31 * 60_000);
    t.events.length = 0;
    const afterMb = heapMb();
    const timersAfterExpiry = t.clock.pendingTimers;
    t.app.dispose();
    return {
      growthMb: afterMb - baselineMb,
      serverGrowthMb,
      timersAfterExpiry,
      timersAfterDispose: t.clock.pendingTimers,
      gcExposed: gc !== undefined,
    };
  } finally {
    await t.close();
  }
}
