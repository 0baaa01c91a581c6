/**
 * A short walk through the demo, for `npm run demo -- --browser --headless` (a screenshot
 * smoke run) and its spec: the ready create form, a handoff's QR card, and the reconnect desk
 * with the seeded broken connections first. Waits on the page only (no test runner needed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Screenshot names, in tour order (prefix 80-89 is the demo's). */
export const DEMO_SCREENS = ['80-demo-ready', '81-demo-handoff', '82-demo-desk'] as const;

/** Walks the tour and saves one PNG per stop in `dir`; resolves with the file paths. */
export async function takeDemoTour(page: Page, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const shot = async (name: (typeof DEMO_SCREENS)[number]) => {
    const path = join(dir, `${name}.png`);
    // Transitions finished: a row just turned broken fades its button in over 120 ms.
    await page.screenshot({ path, animations: 'disabled' });
    files.push(path);
  };

  await page.getByTestId('create-form').waitFor();
  await page.getByTestId('integration-github').waitFor();
  await shot('80-demo-ready');

  await page.getByTestId('tag-end_user_id').fill('demo-customer-1');
  await page.getByTestId('tag-end_user_email').fill('sam@example.test');
  await page.getByTestId('integration-github').check();
  await page.getByTestId('create-submit').click();
  await page.getByTestId('session-card').getByTestId('session-qr').waitFor();
  await shot('81-demo-handoff');

  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-import-open').click();
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-row').first().waitFor();
  for (const box of await page.getByTestId('import-select').all()) await box.check();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('desk-row').first().waitFor();
  await page.getByTestId('desk-refresh').click();
  await page
    .getByTestId('desk-refresh-summary')
    .getByText(/broken/i)
    .waitFor();
  await shot('82-demo-desk');
  return files;
}
