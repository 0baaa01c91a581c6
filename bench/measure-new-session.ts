/**
 * One new session arriving while N cards are on screen: the page's main-thread CPU time from
 * just before main sends the event until the next frame after it has painted (this includes
 * the harness delivering the event, and a share of the ticking), the wall time in the page
 * from the event to committed + laid out, and how many cards and QR codes re-rendered for it
 * (counted by the probes' DevTools hook).
 */
import type { Browser } from '@playwright/test';
import { openBenchApp } from './bench-app';

/** Per-run times (ms) and re-render counts. */
export interface NewSessionFigures {
  /** Main-thread CPU time (Chrome's TaskDuration, thread ticks) from the event to settled. */
  cpu: number[];
  /** Wall time in the page from the event to committed + laid out (inflated by machine load). */
  times: number[];
  cardRenders: number[];
  qrRenders: number[];
}

/** Wraps the harness's event entry point to time each sessions event to commit + layout. */
function instrumentEvents(): void {
  const w = window as unknown as {
    __handoffEmit: (event: string, payload: unknown) => void;
    __benchEventMs: number[];
  };
  const emit = w.__handoffEmit;
  w.__benchEventMs = [];
  w.__handoffEmit = (event, payload) => {
    const t0 = performance.now();
    emit(event, payload);
    if (!event.startsWith('sessions:')) return;
    // React flushes the store's sync update in a microtask; a macrotask later it has committed.
    setTimeout(() => {
      document.body.getBoundingClientRect(); // style + layout of whatever changed
      w.__benchEventMs.push(performance.now() - t0);
    }, 0);
  };
}

/** Adds `runs` sessions one at a time to a screen of `cards`. */
export async function measureNewSession(
  browser: Browser,
  rendererUrl: string,
  cards: number,
  runs: number,
): Promise<NewSessionFigures> {
  const app = await openBenchApp(browser, rendererUrl, cards);
  const { page } = app;
  try {
    await page.evaluate(instrumentEvents);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')!.value;
    };
    const cpu: number[] = [];
    await page.waitForTimeout(1000);
    const times: number[] = [];
    const cardRenders: number[] = [];
    const qrRenders: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const count = cards + i + 1;
      await page.evaluate(() => {
        const w = window as unknown as { __bench: { prime(): void }; __benchEventMs: number[] };
        w.__benchEventMs.length = 0;
        w.__bench.prime();
      });
      const before = await taskSeconds();
      const made = await app.createSession(`cus_new_${i}`);
      // The new card is found by its id (it is first in the grid, so the lookup stops there):
      // counting every card with querySelectorAll on each polling frame walked 22,000
      // elements inside the measured window, the bench's own cost billed to the app.
      await page.waitForFunction(
        (id) =>
          document.querySelector(`[data-session-id="${CSS.escape(id)}"]`) !== null &&
          (window as unknown as { __benchEventMs: number[] }).__benchEventMs.length > 0,
        made.id,
      );
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
      );
      cpu.push((await taskSeconds()) - before);
      const shown = await page.evaluate(
        // The header's count: past 48 cards the grid renders only the rows near the screen.
        () => Number(document.querySelector('#sessions-title + .count')?.textContent ?? 0),
      );
      if (shown < count) throw new Error(`expected ${count} cards on screen, saw ${shown}`);
      await page.waitForTimeout(50);
      const { ms, renders } = await page.evaluate(() => {
        const w = window as unknown as {
          __bench: { stop(): { cards: number; qrs: number } };
          __benchEventMs: number[];
        };
        return { ms: w.__benchEventMs.reduce((a, b) => a + b, 0), renders: w.__bench.stop() };
      });
      times.push(ms);
      cardRenders.push(renders.cards);
      qrRenders.push(renders.qrs);
    }
    return { cpu: cpu.map((s) => s * 1000), times, cardRenders, qrRenders };
  } finally {
    await app.close();
  }
}
