/**
 * Which cards of a long grid are in the document (loaded by use-grid-window.ts once there are
 * that many, so the first screen does not carry it). Past `WINDOW_FROM` cards, a page that
 * holds them all pays for every one on every frame (Chromium's content-visibility observer,
 * paint, hit testing) and relays out the whole grid when one arrives at the top; so only the
 * rows near the screen are rendered, and two spacers keep the scroll height of the rest.
 *
 * Off-window cards are not kept as stubs: the rendered rows reach past the screen, focusing a
 * card scrolls it into view and the window follows the scroll, so Tab walks on card by card;
 * screen readers learn each card's place and the total from aria-posinset / aria-setsize.
 */

/** What the grid looks like now: its columns, a spacer row's pitch, and the rows on screen. */
export interface GridView {
  columns: number;
  /**
   * A row's height plus the grid's row gap, px, as a spacer stands for it: a typical card's
   * height as laid out on screen, which off-screen cards take too (the list's
   * --grid-card-height, their contain-intrinsic-size), so that a row turning from spacer into
   * cards, or back, moves nothing.
   */
  pitch: number;
  gap: number;
  /** The rows at the top and the bottom edge of the screen (fractional; may be past the ends). */
  top: number;
  bottom: number;
}

/** A run of rendered cards `[start, end)`, and the spacer height before it, px. */
export interface GridRun {
  start: number;
  end: number;
  before: number;
}

/** Rows rendered beyond each edge of the screen. */
const OVERSCAN_ROWS = 2;

/**
 * The runs of cards to render: the rows around the visible band, plus the rows of `pinned`
 * indices (the focused card, a card just made), in order; `after` is the last spacer's height.
 */
export function gridRuns(
  count: number,
  view: GridView,
  pinned: readonly number[],
): { runs: GridRun[]; after: number } {
  const cols = Math.max(1, view.columns);
  const rows = Math.ceil(count / cols);
  const pitch = Math.max(1, view.pitch);
  // Scrolled past the end (the list just shrank): the last row stays, not none.
  const first = Math.max(0, Math.min(rows - 1, Math.floor(view.top) - OVERSCAN_ROWS));
  const last = Math.min(rows, Math.ceil(view.bottom) + OVERSCAN_ROWS);
  const wanted = new Set<number>();
  for (let r = first; r < last; r += 1) wanted.add(r);
  for (const i of pinned) if (i >= 0 && i < count) wanted.add(Math.floor(i / cols));
  const spacer = (n: number) => (n > 0 ? n * pitch - view.gap : 0);
  const runs: GridRun[] = [];
  let row = 0;
  for (const r of [...wanted].sort((a, b) => a - b)) {
    const prev = runs.at(-1);
    if (prev && r === row) prev.end = Math.min(count, (r + 1) * cols);
    else
      runs.push({ start: r * cols, end: Math.min(count, (r + 1) * cols), before: spacer(r - row) });
    row = r + 1;
  }
  return { runs, after: spacer(rows - row) };
}

/** A rendered child of the grid, px from the grid's top: a card's item or a spacer. */
export interface GridChild {
  top: number;
  height: number;
  /** The card's place in the list, 0-based; undefined for a spacer. */
  index?: number | undefined;
  /** A spacer's rows (from the cards either side of it, not from its height). */
  rows?: number | undefined;
}

/**
 * The (fractional) row at `y` px from the grid's top, read off what is rendered rather than
 * computed as `y / pitch`: rendered rows are as tall as their cards (a drawn QR code, a dead
 * link's note), spacers as many rows as they stand for, and arithmetic alone would put a card focused far
 * away (the browser scrolls to where it really is) rows away from the window it then gets.
 */
export function rowAt(
  children: readonly GridChild[],
  y: number,
  view: Pick<GridView, 'columns' | 'pitch' | 'gap'>,
): number {
  const cols = Math.max(1, view.columns);
  const pitch = Math.max(1, view.pitch);
  // Each child spans rows [start, end) over px [top, bottom + gap): between and within them
  // the map from px to rows is linear; above the first and below the last, `pitch` a row.
  let at = { y: 0, row: 0 };
  const between = (a: typeof at, b: typeof at) =>
    a.row + ((y - a.y) / Math.max(1, b.y - a.y)) * (b.row - a.row);
  for (const child of children) {
    const from = {
      y: child.top,
      row: child.index === undefined ? at.row : Math.floor(child.index / cols),
    };
    const rows = child.index === undefined ? (child.rows ?? 0) : 1;
    const to = { y: child.top + child.height + view.gap, row: from.row + rows };
    if (y < from.y) return y < at.y ? at.row + (y - at.y) / pitch : between(at, from);
    if (y < to.y) return between(from, to);
    at = to;
  }
  return at.row + (y - at.y) / pitch;
}

/** A card's usual height, px, until one has been laid out on screen (and in jsdom). */
const usualHeight = 640;

/**
 * The median height of the cards laid out on screen (content-visibility skips the others,
 * which take their placeholder height): one drawn QR code or dead card does not set it.
 */
function cardHeight(list: HTMLElement): number | null {
  const heights = [...list.querySelectorAll<HTMLElement>('.session-grid__item')]
    .filter((item) => item.checkVisibility?.({ contentVisibilityAuto: true }) ?? false)
    .map((item) => item.offsetHeight)
    .filter((h) => h > 0)
    .sort((a, b) => a - b);
  return heights.length > 0 ? (heights[heights.length >> 1] ?? null) : null;
}

/**
 * The grid's children as {@link GridChild}ren, px from its top (one layout read); a spacer's
 * rows are the gap between the rows of the cards either side (or the list's ends).
 */
function childrenOf(list: HTMLElement, top: number, columns: number): GridChild[] {
  let index = -1;
  let size = 0;
  const children: GridChild[] = [...list.children].map((child) => {
    const box = child.getBoundingClientRect();
    if (child.classList.contains('session-grid__spacer'))
      return { top: box.top - top, height: box.height };
    // Unwindowed (every card, in order) the items carry no place: count them.
    const place = child.getAttribute('aria-posinset');
    index = place ? Number(place) - 1 : index + 1;
    size = Number(child.getAttribute('aria-setsize')) || index + 1;
    return { top: box.top - top, height: box.height, index };
  });
  const rowOf = (i: number) => Math.floor(i / columns);
  let row = 0;
  children.forEach((child, i) => {
    if (child.index !== undefined) row = rowOf(child.index) + 1;
    else {
      const next = children.slice(i + 1).find((c) => c.index !== undefined);
      const end = next?.index === undefined ? Math.ceil(size / columns) : rowOf(next.index);
      child.rows = Math.max(0, end - row);
      row = end;
    }
  });
  return children;
}

/**
 * Tells `onView` the grid's columns, row pitch and the rows on screen, in the frame after any
 * scroll (one passive, capturing listener: whichever box scrolls) or resize, and only when it
 * moved by half a row or more (the overscan covers the rest). Returns the unsubscribe.
 */
export function watchGridView(list: HTMLElement, onView: (view: GridView) => void): () => void {
  let frame = 0;
  let last: GridView | null = null;
  let height = usualHeight;
  const read = () => {
    frame = 0;
    const style = getComputedStyle(list);
    const gap = parseFloat(style.rowGap) || 0;
    const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length || 1;
    // Settles on the first cards laid out; follows only a real change (a resize rewraps).
    const measured = cardHeight(list);
    if (measured !== null && Math.abs(measured - height) > 4) {
      height = measured;
      list.style.setProperty('--grid-card-height', `${height}px`);
    }
    const listTop = list.getBoundingClientRect().top;
    const shape = { columns, pitch: height + gap, gap };
    // No layout at all (jsdom): rows by arithmetic from the grid's place.
    const children = list.offsetHeight > 0 ? childrenOf(list, listTop, columns) : [];
    const view = {
      ...shape,
      top: rowAt(children, -listTop, shape),
      bottom: rowAt(children, innerHeight - listTop, shape),
    };
    if (
      last?.columns === columns &&
      last.pitch === view.pitch &&
      Math.abs(last.top - view.top) < 0.5 &&
      Math.abs(last.bottom - view.bottom) < 0.5
    )
      return;
    last = view;
    onView(view);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(read);
  };
  schedule();
  document.addEventListener('scroll', schedule, { passive: true, capture: true });
  addEventListener('resize', schedule, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    list.style.removeProperty('--grid-card-height');
    document.removeEventListener('scroll', schedule, { capture: true });
    removeEventListener('resize', schedule);
  };
}
