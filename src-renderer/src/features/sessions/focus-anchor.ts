/**
 * Keeping the focused card still while cards arrive or leave before it. The grid is newest
 * first, so a card that arrives at the top (a desk reconnect, a link made elsewhere, a
 * self-refresh) moves every card one place on, and one in the last column down a row: a
 * keyboard user would see the card they are on slide off the screen. Browser scroll anchoring
 * (`overflow-anchor`) picks its own anchor and cannot follow a card from one column to the
 * next, so the grid reads the focused card's place before the change and scrolls by however
 * far it moved after it.
 */

/** A box's vertical extent, px from the viewport's top. */
export interface Span {
  top: number;
  bottom: number;
}

/** The focused card's list item (it outlives the change: items are keyed by card) and its box. */
export interface FocusAnchor {
  item: Element;
  box: Span;
}

/**
 * How far to scroll (px, down positive) to put a card whose box was `before` back where it
 * was, now at `afterTop`: none when it was off `screen` (the rep is looking elsewhere, and the
 * screen is theirs) or it moved less than a pixel.
 */
export function anchorShift(before: Span, afterTop: number, screen: Span): number {
  if (before.bottom <= screen.top || before.top >= screen.bottom) return 0;
  const shift = afterTop - before.top;
  return Math.abs(shift) < 1 ? 0 : shift;
}

/** The item of the card in `list` that holds focus, and its box; null when focus is elsewhere. */
export function focusAnchor(list: HTMLElement | null): FocusAnchor | null {
  const active = document.activeElement;
  if (!list || !active || !list.contains(active)) return null;
  const item = active.closest('.session-grid__item');
  return item ? { item, box: item.getBoundingClientRect() } : null;
}
