/**
 * Where focus goes when presenter view closes: back to the card it came from, on its
 * Present button (or the card itself once the link is dead).
 */

/** Focuses the card of `cardId` (or of the session with that id) after the overlay has gone. */
export function returnFocusToCard(cardId: string): void {
  requestAnimationFrame(() => {
    const id = CSS.escape(cardId);
    const card = document.querySelector<HTMLElement>(
      `[data-testid="session-card"][data-card-id="${id}"], [data-testid="session-card"][data-session-id="${id}"]`,
    );
    if (!card) return;
    const target = card.querySelector<HTMLElement>('[data-testid="present"]') ?? card;
    if (target === card && !card.hasAttribute('tabindex')) card.tabIndex = -1;
    target.focus();
  });
}
