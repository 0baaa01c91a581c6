/**
 * What a screen of live cards costs while it ticks: main-thread busy time per second (Chrome's
 * Performance domain: TaskDuration, and the layout + style share of it) over several windows,
 * and the DOM size, for the app with N live cards and for the same app with none, open side
 * by side.
 */
import type { Browser, CDPSession } from '@playwright/test';
import { openBenchApp, type BenchApp } from './bench-app';

/** Per-window busy figures (ms per second) and the DOM size. */
export interface TickingFigures {
  busy: number[];
  layout: number[];
  domElements: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Where focus is while the windows are measured. `as-opened`: where the app puts it on start,
 * the Customer ID field, whose caret blinks (two frames a second, each a full frame of the
 * page). `on-card`: on the newest card, where a create leaves it (no caret; with no cards,
 * nothing focused).
 */
export type TickingFocus = 'as-opened' | 'on-card';

function focusAsACreateLeavesIt(): void {
  const card = document.querySelector<HTMLElement>('[data-testid="session-card"]');
  if (card) card.focus({ preventScroll: true });
  else (document.activeElement as HTMLElement | null)?.blur();
}

/**
 * Opens one app per entry of `cardCounts` (each with that many live sessions) and samples
 * `windows` windows of `windowMs` from each in turn, so all see the same machine load.
 */
export async function measureTicking(
  browser: Browser,
  rendererUrl: string,
  cardCounts: number[],
  windows: number,
  windowMs = 4000,
  focus: TickingFocus = 'as-opened',
): Promise<TickingFigures[]> {
  const apps: BenchApp[] = [];
  try {
    for (const cards of cardCounts) apps.push(await openBenchApp(browser, rendererUrl, cards));
    const cdps: CDPSession[] = [];
    for (const app of apps) {
      const cdp = await app.page.context().newCDPSession(app.page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      cdps.push(cdp);
    }
    await apps[0]!.page.waitForTimeout(2000); // settle: first paint of every card, QR decodes
    if (focus === 'on-card') {
      for (const app of apps) await app.page.evaluate(focusAsACreateLeavesIt);
    }
    const figures: TickingFigures[] = apps.map(() => ({ busy: [], layout: [], domElements: 0 }));
    for (let i = 0; i < windows; i += 1) {
      for (const [k, cdp] of cdps.entries()) {
        const a = await metrics(cdp);
        await apps[k]!.page.waitForTimeout(windowMs);
        const b = await metrics(cdp);
        const perSecond = (name: string) => ((b[name]! - a[name]!) * 1000) / (windowMs / 1000);
        figures[k]!.busy.push(perSecond('TaskDuration'));
        figures[k]!.layout.push(perSecond('LayoutDuration') + perSecond('RecalcStyleDuration'));
      }
    }
    for (const [k, app] of apps.entries()) {
      figures[k]!.domElements = await app.page.evaluate(
        () => document.getElementsByTagName('*').length,
      );
    }
    return figures;
  } finally {
    for (const app of apps) await app.close();
  }
}
