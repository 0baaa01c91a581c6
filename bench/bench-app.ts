/**
 * One app under measurement: a fake Nango on loopback, the real main process (the e2e
 * harness), and the production renderer in Debian's Chromium, all on real time (the bench
 * watches real countdowns tick), with the probes installed in the page.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startMainHarness, type MainHarness } from '../e2e/harness/main-harness';
import { makeProfileQuietly } from '../e2e/harness/quiet-profile';
import { startFakeNango, type FakeNango } from '../test-support/fake-nango';
import { systemClock } from '../src-main/platform/clock';
import type { HandoffSession } from '../src-shared/models/session';
import { addProbes } from './probes';

/** A full-access key the fake server knows. */
export const BENCH_KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';

/** Chromium as the e2e specs launch it (playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A running bench app. */
export interface BenchApp {
  page: Page;
  main: MainHarness;
  nango: FakeNango;
  profileId: string;
  /** Creates a session from main, as the create button would (its event reaches the page). */
  createSession(endUserId: string): Promise<HandoffSession>;
  close(): Promise<void>;
}

/** Starts everything with `sessions` live sessions already made, then opens the app. */
export async function openBenchApp(
  browser: Browser,
  rendererUrl: string,
  sessions = 0,
): Promise<BenchApp> {
  // Real time: the page's countdowns tick for real, and main's expiry agrees with them.
  const clock = systemClock;
  const nango = await startFakeNango({ clock, rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
  nango.addKey(BENCH_KEY);
  nango.addIntegration({ unique_key: 'github', provider: 'github', display_name: 'GitHub' });
  nango.addIntegration({ unique_key: 'slack', provider: 'slack', display_name: 'Slack' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  await addProbes(page);
  const main = await startMainHarness(page, { clock, rendererUrl });
  const h = main.app.handlers;
  // Quietly: the page is not loaded yet (see quiet-profile.ts for what the events would do).
  const profileId = await makeProfileQuietly(main, { apiBaseUrl: nango.url, secretKey: BENCH_KEY });
  const createSession = (endUserId: string) =>
    h['sessions:create']({
      profileId,
      tags: { end_user_id: endUserId, end_user_email: `${endUserId}@example.com` },
      allowedIntegrations: ['github'],
    });
  await main.quietly(async () => {
    for (let i = 0; i < sessions; i += 1) await createSession(`cus_${1000 + i}`);
  });
  await page.goto(rendererUrl);
  await page.getByTestId('create-form').waitFor();
  if (sessions > 0) {
    await page.waitForFunction(
      (n) => Number(document.querySelector('#sessions-title + .count')?.textContent ?? 0) >= n,
      sessions,
      { timeout: 60_000 },
    );
  }
  return {
    page,
    main,
    nango,
    profileId,
    createSession,
    async close() {
      await context.close();
      await main.close();
      await nango.close();
    },
  };
}
