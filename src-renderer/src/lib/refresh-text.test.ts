import { describe, expect, it } from 'vitest';
import type { RefreshState } from '../../../src-shared/models/refresh';
import { offersContinue, refreshLine } from './refresh-text';

const base: RefreshState = {
  on: true,
  phase: 'scheduled',
  count: 0,
  since: '2026-12-01T09:00:00.000Z',
  nextAt: '2026-12-01T09:27:00.000Z',
};

describe('refreshLine', () => {
  it('counts refreshes, and says when the last one is on screen', () => {
    expect(refreshLine(base)).toMatch(/^New code at .+ \(refresh 1 of 4\)\.$/);
    expect(refreshLine({ ...base, count: 4 })).toMatch(
      /^Refreshed 4 of 4 times: refreshing stops at .+, and Continue goes on\.$/,
    );
  });

  it('names the previous code while it still works', () => {
    expect(refreshLine({ ...base, previousUntil: '2026-12-01T09:01:00.000Z' })).toMatch(
      /The previous code still works until /,
    );
  });

  it('says nothing when off, and offers Continue only once stopped', () => {
    expect(refreshLine(undefined)).toBeNull();
    expect(refreshLine({ ...base, on: false, phase: 'off' })).toBeNull();
    expect(offersContinue(base)).toBe(false);
    expect(offersContinue({ ...base, phase: 'capped', reason: 'x' })).toBe(true);
    expect(refreshLine({ ...base, phase: 'stopped', reason: 'The link expired.' })).toBe(
      'Refreshing stopped — The link expired.',
    );
  });
});
