import { describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { spotlightId } from './spotlight';

const older = aSession({ id: 'a' }, 0);
const newer = aSession({ id: 'b' }, 60_000);
const revoked = aSession({ id: 'c', status: 'revoked' }, 120_000);

describe('spotlightId', () => {
  it('picks the newest live session when none was chosen', () => {
    expect(spotlightId([older, newer, revoked], null, 60_000)).toBe('b');
  });

  it('keeps the chosen session while it is live', () => {
    expect(spotlightId([older, newer], 'a', 60_000)).toBe('a');
  });

  it('falls back to the newest live one when the chosen link is dead or gone', () => {
    expect(spotlightId([older, newer, revoked], 'c', 60_000)).toBe('b');
    expect(spotlightId([older, newer], 'gone', 60_000)).toBe('b');
    // The newest ran out on the renderer's clock before main said so.
    expect(spotlightId([older, newer], 'b', 31 * 60_000)).toBeNull();
    expect(spotlightId([older, aSession({ id: 'b' }, 10 * 60_000)], null, 31 * 60_000)).toBe('b');
  });

  it('is null with nothing live', () => {
    expect(spotlightId([revoked], null, 0)).toBeNull();
    expect(spotlightId([], 'a', 0)).toBeNull();
  });
});
