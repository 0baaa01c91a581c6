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

/** What the grid looks like now: its columns, a row's pitch, and the visible band in it. */
export interface GridView {
  columns: number;
  /** A row's height plus the grid's row gap, px. */
  pitch: number;
  gap: number;
  /** The visible band, px from the top of the grid (may be negative or past its end). */
  top: number;
  height: number;
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
  const first = Math.max(0, Math.min(rows - 1, Math.floor(view.top / pitch) - OVERSCAN_ROWS));
  const last = Math.min(rows, Math.ceil((view.top + view.height) / pitch) + OVERSCAN_ROWS);
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

const usualPitch = 660;

/**
 * Tells `onView` the grid's columns, row pitch and place on screen, in the frame after any
 * scroll (one passive, capturing listener: whichever box scrolls) or resize, and only when it
 * moved by half a row or more (the overscan covers the rest). Returns the unsubscribe.
 */
export function watchGridView(list: HTMLElement, onView: (view: GridView) => void): () => void {
  let frame = 0;
  let last: GridView | null = null;
  const read = () => {
    frame = 0;
    const style = getComputedStyle(list);
    const gap = parseFloat(style.rowGap) || 0;
    const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length || 1;
    const card = list.querySelector<HTMLElement>('.session-grid__item');
    // Not laid out yet (or no layout at all, as in jsdom): the card's usual height.
    const pitch = card?.offsetHeight ? card.offsetHeight + gap : usualPitch;
    const view = {
      columns,
      pitch,
      gap,
      top: -list.getBoundingClientRect().top,
      height: innerHeight,
    };
    if (
      last?.columns === columns &&
      last.pitch === pitch &&
      last.height === view.height &&
      Math.abs(last.top - view.top) < pitch / 2
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
    document.removeEventListener('scroll', schedule, { capture: true });
    removeEventListener('resize', schedule);
  };
}
