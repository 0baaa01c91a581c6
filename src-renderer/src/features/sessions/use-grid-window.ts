/**
 * The session grid's windowing, kept off the first screen's bundle: below {@link WINDOW_FROM}
 * cards (every ordinary day) nothing is loaded and every card is rendered; past it,
 * grid-window.ts is loaded and only the rows near the screen are.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { GridRun, GridView } from './grid-window';

/** Up to this many cards every card is rendered, exactly as before windowing. */
export const WINDOW_FROM = 48;

/** The runs of cards to render (with the spacer heights between), and whether windowed. */
export interface GridWindow {
  runs: GridRun[];
  after: number;
  windowed: boolean;
}

/**
 * Which of `count` cards in `list` to render; `pinned` indices (the focused card, a card
 * just made) are rendered wherever the screen is. Until the windowing has loaded and read the
 * grid once, every card is (as below the threshold), with the same keys, so nothing remounts.
 */
export function useGridWindow(
  list: RefObject<HTMLElement | null>,
  count: number,
  pinned: number[],
): GridWindow {
  const [lib, setLib] = useState<typeof import('./grid-window') | null>(null);
  const [view, setView] = useState<GridView | null>(null);
  const on = count > WINDOW_FROM;
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | undefined;
    let live = true;
    void import('./grid-window').then((m) => {
      if (!live || !list.current) return;
      setLib(m);
      stop = m.watchGridView(list.current, setView);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [list, on]);
  return on && lib && view
    ? { ...lib.gridRuns(count, view, pinned), windowed: true }
    : { runs: [{ start: 0, end: count, before: 0 }], after: 0, windowed: false };
}
