/**
 * `npm run demo -- --browser` without the interactive part: the same set-up code (fake Nango
 * with the demo seed, in-memory key store, demo profile) and the same screenshot tour as
 * `--headless`, so the demo cannot rot. Screenshots 80-82.
 */
import type { Page } from '@playwright/test';
import { DEMO_PROFILE_NAME } from '../../src-main/app/demo-profile';
import { MemorySecretStore } from '../../src-main/keychain/memory-secret-store';
import { takeDemoTour, DEMO_SCREENS } from '../demo/demo-tour';
import { completeNewestSession, startDemo } from '../demo/start-demo';
import { DEMO_BROKEN_CONNECTIONS } from '../../test-support/fake-nango/demo-seed';
import { expect, SCREENS_DIR, test } from '../harness/fixtures';

/** Resolves after the page's next frame (this project's node config has no DOM lib). */
const nextFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        (
          globalThis as unknown as { requestAnimationFrame(callback: () => void): number }
        ).requestAnimationFrame(() => done(null)),
      ),
  );

const row = (page: Page, connectionId: string) =>
  page.locator(`[data-testid="desk-row"][data-connection-id="${connectionId}"]`);

test('the demo opens ready: demo profile and key, seeded integrations, broken connections first', async ({
  page,
  renderer,
}) => {
  const demo = await startDemo(page, { rendererUrl: renderer.url });
  try {
    expect(demo.main.secretStore).toBeInstanceOf(MemorySecretStore);
    await expect(page.getByRole('combobox', { name: /profile/i })).toContainText(DEMO_PROFILE_NAME);
    // Ready means ready: no key-repair panel (nor its loading placeholder) above the form, once
    // everything main sent has been handled (this round trip queues behind its events) and
    // rendered. An event from before the page loaded must not undo the start-up snapshot.
    await nextFrame(page);
    await nextFrame(page);
    const form = page.locator('.handoff-page__form');
    expect(await form.getByTestId('key-repair').count()).toBe(0);
    expect(await form.getByText('Loading…', { exact: true }).count()).toBe(0);
    const files = await takeDemoTour(page, SCREENS_DIR);
    expect(files.map((f) => f.split('/').pop())).toEqual(DEMO_SCREENS.map((s) => `${s}.png`));

    const ids = await page
      .getByTestId('desk-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-connection-id')));
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 2).sort()).toEqual([...DEMO_BROKEN_CONNECTIONS].sort());
    for (const id of DEMO_BROKEN_CONNECTIONS) {
      await expect(row(page, id)).toHaveAttribute('data-health', 'broken');
    }

    // Enter in the terminal plays the customer: here, on a reconnect link.
    await row(page, 'initech-hubspot').getByTestId('desk-reconnect').click();
    await expect(page.getByTestId('desk-session').getByTestId('session-card')).toBeVisible();
    expect(completeNewestSession(demo.nango)).toMatch(/re-authorised initech-hubspot/);
    await page.getByTestId('desk-refresh').click();
    await expect(row(page, 'initech-hubspot')).toHaveAttribute('data-health', 'repaired');

    // The demo key went to main only: never in an IPC result.
    expect(JSON.stringify(demo.main.results)).not.toContain(demo.secretKey);
  } finally {
    await demo.close();
  }
});
