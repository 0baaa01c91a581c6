/**
 * Colours as the page renders them, and WCAG contrast between them: for theme checks that
 * axe-core does not make (focus rings, which are non-text and only drawn while focused).
 */
import type { Locator, Page } from '@playwright/test';

/** The little of the DOM used here (this file compiles without the DOM library). */
interface El {
  parentElement: El | null;
}
interface Style {
  backgroundColor: string;
  color: string;
  fontSize: string;
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
}
interface DomGlobals {
  document: { activeElement: El | null; body: El };
  getComputedStyle: (element: El) => Style;
}

/** WCAG 2 contrast ratio of two CSS `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The body's background and text colours. */
export function bodyColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as DomGlobals;
    const style = g.getComputedStyle(g.document.body);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** An element's computed font size in CSS pixels. */
export function fontSizePx(locator: Locator): Promise<number> {
  return locator.evaluate((el) =>
    parseFloat((globalThis as unknown as DomGlobals).getComputedStyle(el).fontSize),
  );
}

/** The focused element's outline and the first opaque background behind it. */
export function focusRing(page: Page) {
  return page.evaluate(() => {
    const g = globalThis as unknown as DomGlobals;
    const focused = g.document.activeElement ?? g.document.body;
    const ring = g.getComputedStyle(focused);
    let behind = g.getComputedStyle(g.document.body).backgroundColor;
    for (let node = focused.parentElement; node; node = node.parentElement) {
      const background = g.getComputedStyle(node).backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
        behind = background;
        break;
      }
    }
    return {
      style: ring.outlineStyle,
      width: parseFloat(ring.outlineWidth),
      color: ring.outlineColor,
      behind,
    };
  });
}
