/**
 * Holds the focused card in place on screen across a change to the list (focus-anchor.ts
 * says why). Costs nothing unless focus is in the grid: then one layout read before the
 * commit, one after and at most one scroll write.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { anchorShift, focusAnchor, type FocusAnchor } from './focus-anchor';

/**
 * Scrolls the box that scrolls `list` so that the focused card stays where it was when
 * `cards` (the rendered order) changes. Not for a card the create form just made: that one
 * takes focus and is scrolled into view, as the grid does.
 */
export function useFocusAnchor(list: RefObject<HTMLElement | null>, cards: unknown): void {
  const anchor = useRef<FocusAnchor | null>(null);
  // The store tells its subscribers synchronously, before React renders the change (it
  // schedules that render), so the DOM still shows the cards as they were. Several changes
  // before one commit: the first place read is the one to return to.
  useEffect(
    () =>
      useSessionsStore.subscribe((state, prev) => {
        if (state.sessions === prev.sessions || state.lastCreatedId || anchor.current) return;
        anchor.current = focusAnchor(list.current);
      }),
    [list],
  );
  useLayoutEffect(() => {
    const was = anchor.current;
    anchor.current = null;
    const scroller = list.current?.closest<HTMLElement>('.main');
    if (!was?.item.isConnected || !scroller) return;
    const screen = scroller.getBoundingClientRect();
    const shift = anchorShift(was.box, was.item.getBoundingClientRect().top, screen);
    if (shift !== 0) scroller.scrollTop += shift;
  }, [list, cards]);
}
