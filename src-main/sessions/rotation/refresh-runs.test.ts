import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../errors/app-failure';
import { NangoError } from '../../nango/nango-error';
import { chosen, failed, restarted, successor } from './refresh-runs';

const T = Date.UTC(2026, 11, 1, 9, 0, 0);
const at = (ms: number) => new Date(ms).toISOString();

describe('refresh runs', () => {
  it('turning on starts a run; turning off keeps the count; on again keeps a running one', () => {
    const on = chosen(undefined, true, T);
    expect(on).toEqual({ choice: 'on', on: true, phase: 'scheduled', count: 0, since: at(T) });
    const off = chosen({ ...on, count: 2 }, false, T + 1);
    expect(off).toEqual({ choice: 'off', on: false, phase: 'off', count: 2, since: at(T) });
    expect(chosen({ ...on, count: 2 }, true, T + 5)).toMatchObject({ count: 2, since: at(T) });
  });

  it('Continue starts over from now, keeping presenter view’s default when that is what held it on', () => {
    expect(restarted({ on: true, phase: 'capped', count: 4, since: at(T) }, T + 9)).toEqual({
      on: true,
      phase: 'scheduled',
      count: 0,
      since: at(T + 9),
    });
    expect(restarted(undefined, T).choice).toBe('on');
  });

  it('the next link counts one more refresh in the same run, with no failure carried', () => {
    const r = { on: true, phase: 'retrying' as const, count: 1, since: at(T), attempts: 3 };
    expect(successor(r)).toEqual({ on: true, phase: 'scheduled', count: 2, since: at(T) });
  });

  it('a failure is retried on the back-off, never sooner than a 429 asks; a lost profile stops', () => {
    const r = { on: true, phase: 'scheduled' as const, count: 0, since: at(T) };
    const offline = failed(r, new NangoError('offline', 'down'), T);
    expect(offline).toMatchObject({ phase: 'retrying', attempts: 1, nextAt: at(T + 5_000) });
    const again = failed(offline, new NangoError('offline', 'down'), T + 5_000);
    expect(again).toMatchObject({ attempts: 2, nextAt: at(T + 20_000) });
    const limited = failed(r, new NangoError('rate_limited', 'slow', { retryAfterSeconds: 40 }), T);
    expect(limited.nextAt).toBe(at(T + 40_000));
    const gone = failed(r, new AppFailure('not_found', 'That profile is gone.'), T);
    expect(gone).toMatchObject({ phase: 'stopped', reason: 'That profile is gone.' });
    expect(gone.nextAt).toBeUndefined();
  });
});
