/**
 * Where focus goes when presenter view closes: back to the card it came from, on its
 * Present button (or the card itself once the link is dead).
 */

/** Focuses the card of `sessionId` after the overlay has gone. */
export function returnFocusToCard(sessionId: string): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(
      `[data-testid="session-card"][data-session-id="${CSS.escape(sessionId)}"]`,
    );
    if (!card) return;
    const target = card.querySelector<HTMLElement>('[data-testid="present"]') ?? card;
    if (target === card && !card.hasAttribute('tabindex')) card.tabIndex = -1;
    target.focus();
  });
}
