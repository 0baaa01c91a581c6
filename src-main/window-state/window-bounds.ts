/**
 * Where the main window opens: the size and place it had when it was closed, unless that
 * place is no longer on any display (a monitor was unplugged, the resolution changed), in
 * which case it opens centred at the default size. Pure, over plain rectangles.
 */

/** A rectangle in screen coordinates (Electron's Rectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered about the window. */
export interface WindowState {
  /** The normal (not maximised, not full-screen) bounds. */
  bounds: Rect;
  maximized: boolean;
}

/** Sizes the window may have. */
export interface WindowSizing {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

/** Sizes for the main window. */
export const MAIN_WINDOW_SIZING: WindowSizing = {
  defaultWidth: 1280,
  defaultHeight: 820,
  minWidth: 960,
  minHeight: 600,
};

/** What to open the window with: a position only when the saved one is visible. */
export interface InitialBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

/** The strip at the top of a window a person drags it by; it must be on screen. */
const TITLE_BAR_HEIGHT = 32;
/** How much of that strip must be visible to grab it. */
const MIN_GRAB_WIDTH = 100;

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/**
 * True when the window's title bar lies on one display's work area: its whole height, and
 * enough of its width to grab it.
 */
export function isOnVisibleDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar = { ...bounds, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  return workAreas.some((area) => {
    const visible = intersect(titleBar, area);
    return (
      visible !== null &&
      visible.height === titleBar.height &&
      visible.width >= Math.min(MIN_GRAB_WIDTH, titleBar.width)
    );
  });
}

const finite = (r: Rect) => [r.x, r.y, r.width, r.height].every(Number.isFinite);

/**
 * The bounds to open with. `workAreas` are the displays' work areas, the primary first.
 * A saved window larger than the display it is on now is shrunk to fit, never below the
 * minimum size.
 */
export function initialBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  sizing: WindowSizing = MAIN_WINDOW_SIZING,
): InitialBounds {
  const fit = (width: number, height: number, area: Rect | undefined) => ({
    width: Math.round(Math.max(sizing.minWidth, area ? Math.min(width, area.width) : width)),
    height: Math.round(Math.max(sizing.minHeight, area ? Math.min(height, area.height) : height)),
  });
  const fallback = (maximized: boolean): InitialBounds => ({
    ...fit(sizing.defaultWidth, sizing.defaultHeight, workAreas[0]),
    maximized,
  });
  if (!saved || !finite(saved.bounds)) return fallback(false);
  const { bounds } = saved;
  if (!isOnVisibleDisplay(bounds, workAreas)) return fallback(saved.maximized);
  const area = workAreas.find((a) => intersect(bounds, a)) ?? workAreas[0];
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    ...fit(bounds.width, bounds.height, area),
    maximized: saved.maximized,
  };
}
