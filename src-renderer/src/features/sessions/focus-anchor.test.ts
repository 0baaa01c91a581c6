import { describe, expect, it } from 'vitest';
import { anchorShift } from './focus-anchor';

// A screen from 64 px (below the title bar) to 820 px.
const screen = { top: 64, bottom: 820 };

describe('anchorShift', () => {
  it('scrolls by as far as the card moved: down a row, or up one when a card above left', () => {
    expect(anchorShift({ top: 300, bottom: 900 }, 908, screen)).toBe(608);
    expect(anchorShift({ top: 300, bottom: 900 }, -308, screen)).toBe(-608);
  });

  it('holds a card that was only partly on screen, at either edge', () => {
    expect(anchorShift({ top: -400, bottom: 200 }, 208, screen)).toBe(608);
    expect(anchorShift({ top: 700, bottom: 1300 }, 1308, screen)).toBe(608);
  });

  it('leaves the screen alone when the focused card was off it: the rep is looking elsewhere', () => {
    expect(anchorShift({ top: -700, bottom: 64 }, -92, screen)).toBe(0);
    expect(anchorShift({ top: 820, bottom: 1400 }, 1428, screen)).toBe(0);
  });

  it('does not scroll for a card that stayed in its row (sub-pixel layout is no move)', () => {
    expect(anchorShift({ top: 300, bottom: 900 }, 300, screen)).toBe(0);
    expect(anchorShift({ top: 300, bottom: 900 }, 300.6, screen)).toBe(0);
  });
});
