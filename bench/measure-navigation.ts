/**
 * Navigation → create form interactive (the enabled Create button painted), for the app with a
 * profile and key set up, and for the React hello world built by the same Vite.
 */
import type { Browser, Page } from '@playwright/test';
import { openBenchApp } from './bench-app';
import { addProbes } from './probes';

/** ms from navigation start until the probes saw the enabled Create button painted. */
async function navigate(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () =>
      (window as unknown as { __bench: { interactiveAt: number | null } }).__bench.interactiveAt,
    undefined,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Navigation times (ms) for the app and the hello world. */
export async function measureNavigation(
  browser: Browser,
  rendererUrl: string,
  helloUrl: string,
  runs: number,
): Promise<{ app: number[]; floor: number[] }> {
  const app = await openBenchApp(browser, rendererUrl);
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  try {
    const page = await context.newPage();
    await addProbes(page);
    // Interleaved, so both see the same machine load; the first two of each warm caches up.
    const appTimes: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const a = await navigate(app.page, rendererUrl);
      const b = await navigate(page, helloUrl);
      if (i < 2) continue;
      appTimes.push(a);
      floor.push(b);
    }
    return { app: appTimes, floor };
  } finally {
    await context.close();
    await app.close();
  }
}
