/**
 * Past WINDOW_FROM (48) cards the grid renders only the rows near the screen. A rep with a
 * morning's worth of live links must not notice: keyboard focus walks card to card and is
 * never lost, a dismissed card hands focus to the next one even when the window has moved on,
 * a link arriving from elsewhere moves nothing, a screen reader hears each card's place among
 * all of them, and the bottom cards' codes scan.
 */
import type { Page } from '@playwright/test';
import { expect, SECRET_KEY, test } from '../harness/fixtures';
import {
  focusNow,
  jumpTo,
  positionAtMiddle,
  renderedPositions,
  scrollSettled,
} from '../harness/grid-probe';
import { seededLabel, seedSessions } from '../harness/seed-sessions';

const COUNT = 90;

const cardOf = (page: Page, position: number) =>
  page.getByTestId('session-card').filter({ hasText: seededLabel(position) });

/** Wheels the grid, as a person would, until card `position` is wholly on screen. */
async function scrollTo(page: Page, position: number) {
  const card = cardOf(page, position);
  await page.mouse.move(900, 500);
  for (let i = 0; i < 200; i += 1) {
    await scrollSettled(page);
    if (await card.isVisible()) break;
    const here = await positionAtMiddle(page);
    await page.mouse.wheel(0, here > position ? -600 : 600);
  }
  await card.scrollIntoViewIfNeeded();
  await scrollSettled(page);
}

test.describe(`a windowed grid of ${COUNT} live cards`, () => {
  test.beforeEach(async ({ main, clock, nango, openApp, page }) => {
    await seedSessions(main, clock, {
      apiBaseUrl: nango.url,
      secretKey: SECRET_KEY,
      count: COUNT,
    });
    await openApp();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT));
    await expect(page.locator('.session-grid__item[aria-setsize]').first()).toBeAttached();
  });

  test('Tab walks from the first card to the last, Shift+Tab back, focus always on screen', async ({
    page,
  }) => {
    expect((await renderedPositions(page)).length).toBeLessThan(COUNT / 4);
    await page.getByTestId('session-card').first().focus();
    let last = { label: seededLabel(1) as string | null, position: 1 };
    for (let tab = 1; ; tab += 1) {
      await page.keyboard.press('Tab');
      const now = await focusNow(page);
      if (now.label === null) break; // past the last card: out of the grid
      expect(now.body, `Tab ${tab}`).toBe(false);
      expect(now.onScreen, `Tab ${tab} (${now.label} ${now.testId}) on screen`).toBe(true);
      expect(now.label).toBe(seededLabel(now.position));
      expect(now.position - last.position, `Tab ${tab} skipped a card`).toBeLessThanOrEqual(1);
      last = now;
    }
    expect(last.position).toBe(COUNT);
    expect((await renderedPositions(page)).length).toBeLessThan(COUNT / 4);

    // Back up 30 cards (well past the rows rendered around the end): the rows above the
    // screen come back as Shift+Tab reaches them.
    await page.getByTestId('revoke').last().focus();
    for (let back = 1; last.position > COUNT - 30; back += 1) {
      await page.keyboard.press('Shift+Tab');
      const now = await focusNow(page);
      expect(now.body, `Shift+Tab ${back}`).toBe(false);
      expect(now.onScreen, `Shift+Tab ${back} (${now.label} ${now.testId}) on screen`).toBe(true);
      expect(now.label).toBe(seededLabel(now.position));
      expect(last.position - now.position, `Shift+Tab ${back} skipped`).toBeLessThanOrEqual(1);
      last = now;
    }
    expect(last.label).toBe(seededLabel(COUNT - 30));
  });

  test('a card revoked and dismissed deep in the list hands focus to its neighbour', async ({
    page,
  }) => {
    const deep = cardOf(page, 40);
    await scrollTo(page, 40);
    await deep.getByTestId('revoke').focus();
    await page.keyboard.press('Enter');
    await expect(deep.getByTestId('revoke-confirm')).toBeFocused();
    await page.keyboard.press('Enter');
    // A dead link sorts after the live ones: the card, and focus on its Dismiss, go to the end.
    await expect(deep.getByTestId('dismiss')).toBeFocused();
    expect(await focusNow(page)).toMatchObject({ position: COUNT, onScreen: true });
    await page.keyboard.press('Enter');
    await expect(deep).toHaveCount(0);
    // It was the last card: focus goes to the one before it, now the last of COUNT - 1.
    await expect(cardOf(page, COUNT)).toBeFocused();
    expect(await focusNow(page)).toMatchObject({ position: COUNT - 1, onScreen: true });
  });

  test('a dismiss after scrolling away focuses the next card, rendered again, not the form', async ({
    page,
  }) => {
    for (const p of [30, 31]) {
      await scrollTo(page, p);
      await cardOf(page, p).getByTestId('revoke').click();
      await cardOf(page, p).getByTestId('revoke-confirm').click();
      await expect(cardOf(page, p).getByTestId('dismiss')).toBeFocused();
    }
    // The dead cards are last, newest first: …, cus_090, cus_030, cus_031. With focus on
    // cus_030's Dismiss the rep scrolls back to the top: only the focused card's row stays.
    await cardOf(page, 30).getByTestId('dismiss').focus();
    await jumpTo(page, 0);
    await scrollSettled(page);
    await expect(page.getByTestId('session-card').first()).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(cardOf(page, 30)).toHaveCount(0);
    await expect(cardOf(page, 31)).toBeFocused();
    await expect(cardOf(page, 31)).toBeInViewport();
    expect(await focusNow(page)).toMatchObject({ position: COUNT - 1, body: false });
  });
});
