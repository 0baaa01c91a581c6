/**
 * Reads the session grid from inside the page for the many-cards spec: where focus is and
 * whether it is on screen, which card is under the middle of the screen, and when a scroll has
 * ended. (The e2e project has no DOM library: the few page globals used are typed here.)
 */
import type { Page } from '@playwright/test';

interface Box {
  top: number;
  bottom: number;
  height: number;
}
interface El {
  tagName: string;
  textContent: string | null;
  scrollTop: number;
  scrollHeight: number;
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  closest(selector: string): El | null;
  querySelector(selector: string): El | null;
  scrollTo(options: { top: number }): void;
}
interface PageGlobals {
  document: {
    activeElement: El | null;
    body: El;
    querySelector(selector: string): El | null;
    querySelectorAll(selector: string): Iterable<El>;
  };
  innerHeight: number;
  requestAnimationFrame(callback: () => void): number;
}

/** Where DOM focus is: its element, its card's label and place, and whether it is on screen. */
export interface FocusNow {
  /** Focus is on `body` (lost), or nowhere. */
  body: boolean;
  testId: string;
  /** The focused card's title; null when focus is not in a card. */
  label: string | null;
  /** The card's aria-posinset (0 when none). */
  position: number;
  /** Wholly inside the scrolling `main` box's visible part. */
  onScreen: boolean;
  /** The focused element's top, px from the viewport's (to tell whether it moved). */
  top: number;
}

/** {@link FocusNow} for `page`. */
export function focusNow(page: Page): Promise<FocusNow> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const active = document.activeElement;
    const card = active?.closest('[data-testid="session-card"]');
    const screen = document.querySelector('main')?.getBoundingClientRect();
    const box = active?.getBoundingClientRect();
    return {
      body: !active || active === document.body,
      testId: active?.dataset['testid'] ?? active?.tagName ?? '',
      label: card?.querySelector('h3')?.textContent ?? null,
      position: Number(card?.closest('li')?.getAttribute('aria-posinset') ?? 0),
      onScreen:
        !!box &&
        !!screen &&
        box.height > 0 &&
        box.top >= screen.top - 1 &&
        box.bottom <= screen.bottom + 1,
      top: box?.top ?? NaN,
    };
  });
}

/** The place (aria-posinset) of the last card starting above the middle of the screen. */
export function positionAtMiddle(page: Page): Promise<number> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const items = [...g.document.querySelectorAll('.session-grid__item')];
    return Math.max(
      0,
      ...items
        .filter((item) => item.getBoundingClientRect().top < g.innerHeight / 2)
        .map((item) => Number(item.getAttribute('aria-posinset'))),
    );
  });
}

/** The places (aria-posinset) of the cards in the document, in order. */
export function renderedPositions(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [
      ...(globalThis as unknown as PageGlobals).document.querySelectorAll('.session-grid__item'),
    ].map((item) => Number(item.getAttribute('aria-posinset'))),
  );
}

/** The scrolling `main` box's whole height, px (spacers stand in for the cards not rendered). */
export function scrollHeight(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.querySelector('main')?.scrollHeight ?? 0,
  );
}

/** The scrolling `main` box's scroll offset, px. */
export function scrollTop(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.querySelector('main')?.scrollTop ?? 0,
  );
}

/** Scrolls `main` straight to `top` px (as dragging the scrollbar would). */
export function jumpTo(page: Page, top: number): Promise<void> {
  return page.evaluate(
    (to) =>
      (globalThis as unknown as PageGlobals).document.querySelector('main')?.scrollTo({ top: to }),
    top,
  );
}

/** Waits until `main` has not scrolled for three frames (a smooth scroll has ended). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    const main = g.document.querySelector('main');
    const frame = () => new Promise<void>((resolve) => g.requestAnimationFrame(resolve));
    for (let still = 0, at = NaN; still < 3;) {
      await frame();
      still = main?.scrollTop === at ? still + 1 : 0;
      at = main?.scrollTop ?? 0;
    }
  });
}
