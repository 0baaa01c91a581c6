import { describe, expect, it } from 'vitest';
import { ManualClock } from '../platform/manual-clock';
import { CrashLoopGuard } from './crash-loop-guard';

describe('CrashLoopGuard', () => {
  it('allows three reloads in a minute and refuses the fourth', () => {
    const clock = new ManualClock();
    const guard = new CrashLoopGuard({ clock });
    expect([1, 2, 3].map(() => guard.recordCrash())).toEqual([true, true, true]);
    clock.advance(10_000);
    expect(guard.recordCrash()).toBe(false);
  });

  it('forgets crashes older than the window', () => {
    const clock = new ManualClock();
    const guard = new CrashLoopGuard({ clock });
    guard.recordCrash();
    guard.recordCrash();
    guard.recordCrash();
    clock.advance(60_000);
    expect(guard.recordCrash()).toBe(true);
  });

  it('allows reloading again after a reset', () => {
    const clock = new ManualClock();
    const guard = new CrashLoopGuard({ clock, limit: 1 });
    guard.recordCrash();
    expect(guard.recordCrash()).toBe(false);
    guard.reset();
    expect(guard.recordCrash()).toBe(true);
  });
});
