import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialBounds, isOnVisibleDisplay, MAIN_WINDOW_SIZING, type Rect } from './window-bounds';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
// A second monitor to the right of the laptop, taller, its top 100 px higher.
const monitor: Rect = { x: 1440, y: -100, width: 2560, height: 1400 };
const saved = (bounds: Rect, maximized = false) => ({ bounds, maximized });

describe('isOnVisibleDisplay', () => {
  it('accepts a window on either display and one straddling both', () => {
    expect(isOnVisibleDisplay({ x: 100, y: 50, width: 1200, height: 800 }, [laptop])).toBe(true);
    expect(isOnVisibleDisplay({ x: 2000, y: 0, width: 1200, height: 800 }, [laptop, monitor])).toBe(
      true,
    );
    expect(
      isOnVisibleDisplay({ x: 1000, y: 10, width: 1200, height: 800 }, [laptop, monitor]),
    ).toBe(true);
  });

  it('refuses a window on a display that is gone', () => {
    expect(isOnVisibleDisplay({ x: 2000, y: 0, width: 1200, height: 800 }, [laptop])).toBe(false);
  });

  it('refuses a window whose title bar is above the screen or only a sliver is visible', () => {
    expect(isOnVisibleDisplay({ x: 100, y: -20, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ x: 1400, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ x: 100, y: 860, width: 1200, height: 800 }, [laptop])).toBe(false);
  });
});

describe('initialBounds', () => {
  it('opens at the default size, centred (no position), the first time', () => {
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('restores the saved size and place when it is on screen, and the maximised flag', () => {
    const bounds = { x: 1600, y: 40, width: 1500, height: 1000 };
    expect(initialBounds(saved(bounds, true), [laptop, monitor])).toEqual({
      ...bounds,
      maximized: true,
    });
  });

  it('opens centred at the default size when the saved place is off every display', () => {
    const bounds = { x: 1600, y: 40, width: 1500, height: 1000 };
    expect(initialBounds(saved(bounds), [laptop])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display, but never below the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 580 };
    expect(initialBounds(saved({ x: 0, y: 0, width: 1900, height: 1200 }), [small])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
      maximized: false,
    });
    expect(initialBounds(saved({ x: 10, y: 10, width: 300, height: 200 }), [laptop])).toMatchObject(
      { width: MAIN_WINDOW_SIZING.minWidth, height: MAIN_WINDOW_SIZING.minHeight },
    );
  });

  it('ignores a saved state with non-finite numbers', () => {
    expect(initialBounds(saved({ x: NaN, y: 0, width: 1, height: 1 }), [laptop])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('always returns a size at least the minimum, and a position only on a display', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 4000 }),
    });
    fc.assert(
      fc.property(rect, fc.array(rect, { minLength: 1, maxLength: 3 }), (bounds, areas) => {
        const result = initialBounds(saved(bounds), areas);
        expect(result.width).toBeGreaterThanOrEqual(MAIN_WINDOW_SIZING.minWidth);
        expect(result.height).toBeGreaterThanOrEqual(MAIN_WINDOW_SIZING.minHeight);
        if (result.x !== undefined) {
          expect(isOnVisibleDisplay({ ...bounds }, areas)).toBe(true);
          expect(result.x).toBe(bounds.x);
        }
      }),
    );
  });
});
