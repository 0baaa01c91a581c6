import { describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { nextSpotlightChange, spotlightId } from './spotlight';

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

describe('nextSpotlightChange', () => {
  it('is the soonest expiry of a link still live, after which the answer may differ', () => {
    const ends = (ms: number) => ms + 30 * 60_000;
    expect(nextSpotlightChange([older, newer, revoked], 0)).toBe(ends(0));
    expect(nextSpotlightChange([older, newer, revoked], ends(0))).toBe(ends(60_000));
    // Until then, the spotlight cannot move for these sessions.
    expect(spotlightId([older, newer], null, ends(60_000) - 1)).toBe('b');
    expect(spotlightId([older, newer], null, ends(60_000))).toBeNull();
  });

  it('is Infinity when no live link will run out', () => {
    expect(nextSpotlightChange([revoked], 0)).toBe(Number.POSITIVE_INFINITY);
    expect(nextSpotlightChange([aSession({ expiresAt: 'soon' })], 0)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
