/**
 * Colours as the page renders them, and WCAG contrast between them: for theme checks that
 * axe-core does not make (focus rings, which are non-text and only drawn while focused).
 */
import type { Locator, Page } from '@playwright/test';

/** The little of the DOM used here (this file compiles without the DOM library). */
interface El {
  parentElement: El | null;
  tagName: string;
  getAttribute: (name: string) => string | null;
  textContent: string | null;
}
interface Style {
  backgroundColor: string;
  color: string;
  fontSize: string;
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  borderTopColor: string;
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

/**
 * The focused element (by test id, or tag and text) and its focus indicator: the outline it
 * or its label draws (a chip's checkbox rings the whole chip), else its border (text fields),
 * with the first opaque background behind that indicator. Null while nothing is focused.
 */
export function focusRing(page: Page) {
  return page.evaluate(() => {
    const g = globalThis as unknown as DomGlobals;
    const focused = g.document.activeElement;
    if (!focused || focused === g.document.body) return null;
    let ringEl = focused;
    for (let node: El | null = focused, up = 0; node && up < 3; node = node.parentElement, up++) {
      if (g.getComputedStyle(node).outlineStyle !== 'none') {
        ringEl = node;
        break;
      }
    }
    const ring = g.getComputedStyle(ringEl);
    let behind = g.getComputedStyle(g.document.body).backgroundColor;
    for (let node = ringEl.parentElement; node; node = node.parentElement) {
      const background = g.getComputedStyle(node).backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
        behind = background;
        break;
      }
    }
    const name =
      focused.getAttribute('data-testid') ??
      `${focused.tagName.toLowerCase()} "${(focused.textContent ?? '').trim().slice(0, 30)}"`;
    return {
      name,
      style: ring.outlineStyle,
      width: parseFloat(ring.outlineWidth),
      color: ring.outlineColor,
      border: ring.borderTopColor,
      behind,
    };
  });
}

/** Why the focused element's focus indicator is too faint on its background, or null. */
export async function faintFocus(page: Page): Promise<string | null> {
  const ring = await focusRing(page);
  if (!ring) return null;
  // Text fields show focus by their border (and a halo) instead of an outline.
  const indicator = ring.style === 'none' ? ring.border : ring.color;
  const ratio = contrast(indicator, ring.behind);
  return ratio >= 3
    ? null
    : `${ring.name}: ${indicator} on ${ring.behind} is ${ratio.toFixed(2)}:1`;
}
