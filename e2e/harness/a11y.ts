/**
 * The accessibility gate every screen of the e2e specs passes: axe-core (WCAG 2.x A and AA plus
 * axe's best practices) run on the live page, failing on any serious or critical violation. The
 * `shot` fixture calls it before each screenshot, so every screen people look at is checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The little of the page's DOM used here (this file compiles without the DOM library). */
interface PageGlobals {
  document: {
    fonts: { ready: Promise<unknown> };
    getAnimations: () => {
      finish: () => void;
      effect: { getComputedTiming: () => { endTime?: number | string } } | null;
    }[];
    querySelectorAll: (selector: string) => Iterable<{ id: string }>;
  };
}

/** The impacts that fail a screen. */
const BLOCKING = new Set(['serious', 'critical']);

/** A violation, in one line per offending element: what is wrong and where. */
function describe(violation: {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}): string {
  const nodes = violation.nodes.map(
    (node) =>
      `    ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
  );
  return [`  ${violation.impact} ${violation.id}: ${violation.help}`, ...nodes].join('\n');
}

/**
 * Runs axe-core on `page` as it is now and fails the test, listing each rule and element, if
 * anything serious or critical is found. `screen` names the state in the failure message.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  screen = page.url(),
): Promise<void> {
  // Nothing may be mid-transition when colours are measured.
  await page.evaluate(async () => {
    const { document } = globalThis as unknown as PageGlobals;
    await document.fonts.ready;
    // A fade still running would be measured at its half-way colours: end every transition.
    // (Endless ones, such as a spinner, cannot be finished and carry no colour change.)
    for (const animation of document.getAnimations()) {
      const end = Number(animation.effect?.getComputedTiming().endTime ?? Infinity);
      if (Number.isFinite(end)) animation.finish();
    }
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  // An id with a control character (a NUL from a data key) breaks label-for, aria references
  // and selectors in ways axe does not report.
  const badIds = await page.evaluate(() =>
    [...(globalThis as unknown as PageGlobals).document.querySelectorAll('[id]')]
      .map((element) => element.id)
      // eslint-disable-next-line no-control-regex
      .filter((id) => /[\u0000-\u001f\u007f]/.test(id))
      .map((id) => JSON.stringify(id)),
  );
  expect.soft(badIds, `element ids with control characters on "${screen}"`).toEqual([]);
  // Soft: the flow goes on, so one run lists every failing screen; the test still fails.
  expect
    .soft(
      blocking.map(describe).join('\n'),
      `axe-core: serious or critical accessibility violations on "${screen}"`,
    )
    .toBe('');
}
