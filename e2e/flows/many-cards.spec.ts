/**
 * Past WINDOW_FROM (48) cards the grid renders only the rows near the screen. A rep with a
 * morning's worth of live links must not notice: keyboard focus walks card to card and is
 * never lost, a dismissed card hands focus to the next one even when the window has moved on,
 * a link arriving from elsewhere moves nothing, a screen reader hears each card's place among
 * all of them, and the bottom cards' codes scan.
 */
import type { Page } from '@playwright/test';
import type { FakeNango } from '../../test-support/fake-nango';
import { scanQr } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';
import {
  focusNow,
  jumpTo,
  positionAtMiddle,
  renderedPositions,
  scrollHeight,
  scrollSettled,
  scrollTop,
} from '../harness/grid-probe';
import type { MainHarness } from '../harness/main-harness';
import { seededLabel, seedSessions, type Seeded } from '../harness/seed-sessions';

const COUNT = 90;

const cardOf = (page: Page, position: number) =>
  page.getByTestId('session-card').filter({ hasText: seededLabel(position) });

/**
 * Saves a connection for `label` to the desk; the returned call makes a reconnect link for it
 * from main, as the desk does: a card that arrives at the top without the form (which alone
 * focuses its new card, by design).
 */
async function deskReconnect(
  main: MainHarness,
  nango: FakeNango,
  profileId: string,
  label: string,
) {
  nango.addConnection({
    connection_id: `${label}-gh`,
    provider_config_key: 'github',
    tags: { end_user_id: label },
  });
  const h = main.app.handlers;
  const saved = await h['connections:save']({
    profileId,
    connectionId: `${label}-gh`,
    integrationId: 'github',
    label,
    tags: { end_user_id: label },
    notes: '',
  });
  return () => h['sessions:reconnect']({ savedConnectionId: saved.id });
}

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
  let seeded: Seeded;
  test.beforeEach(async ({ main, clock, nango, openApp, page }) => {
    seeded = await seedSessions(main, clock, {
      apiBaseUrl: nango.url,
      secretKey: SECRET_KEY,
      count: COUNT,
    });
    await openApp();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT));
    await expect(page.locator('.session-grid__item[aria-setsize]').first()).toBeAttached();
  });

  test('a screen reader hears each card as an item of the whole list, at the top and deep', async ({
    page,
    shot,
  }) => {
    /** Every rendered item says its place (1-based, matching its card) and the total. */
    const expectPlaces = async () => {
      const items = page.locator('.session-grid__item');
      const positions = await renderedPositions(page);
      expect(positions.length).toBeGreaterThan(0);
      for (const [i, position] of positions.entries()) {
        await expect(items.nth(i)).toHaveAttribute('aria-setsize', String(COUNT));
        await expect(items.nth(i).getByRole('article')).toHaveAccessibleName(seededLabel(position));
      }
      // Spacers are hidden from the accessibility tree: no empty items to wander into.
      await expect(page.locator('.session-grid__spacer:not([aria-hidden="true"])')).toHaveCount(0);
      return positions;
    };
    expect(await expectPlaces()).toEqual([1, 2, 3, 4, 5, 6]);
    // What is announced: a list of items, each one card (article) named for its customer.
    await expect(page.locator('.session-grid')).toMatchAriaSnapshot(`
      - list:
        - listitem:
          - article "${seededLabel(1)}":
            - heading "${seededLabel(1)}" [level=3]
        - listitem:
          - article "${seededLabel(2)}"
    `);
    await shot('37-many-cards-top');

    await scrollTo(page, 57);
    const deep = await expectPlaces();
    expect(deep).toContain(57);
    expect(deep[0]).toBeGreaterThan(40);
    await expect(cardOf(page, 57).locator('xpath=..')).toHaveAttribute('aria-posinset', '57');
    await expect(page.locator('.session-grid')).toMatchAriaSnapshot(`
      - list:
        - listitem:
          - article "${seededLabel(deep[0] ?? 0)}"
    `);
    await shot('38-many-cards-deep');
  });

  test('End, Home and the wheel reach the bottom and back; the bottom cards’ codes scan', async ({
    page,
    shot,
  }) => {
    // From a focused card, End scrolls to the bottom (focus stays where it was, rendered).
    await page.getByTestId('session-card').first().focus();
    await page.keyboard.press('End');
    await scrollSettled(page);
    await expect(cardOf(page, COUNT)).toBeInViewport();
    await expect(page.getByTestId('session-card').first()).toBeFocused();
    for (const p of [COUNT - 3, COUNT - 2, COUNT - 1, COUNT]) {
      const card = cardOf(page, p);
      await card.getByTestId('show-qr').click();
      await expect(card.getByTestId('session-qr')).toBeVisible();
      expect(await scanQr(page, card)).toBe(seeded.sessions[p - 1]?.connectLink);
    }
    await page.keyboard.press('End');
    await scrollSettled(page);
    await shot('39-many-cards-end');
    // Home: back to the top, the first cards rendered again.
    await page.keyboard.press('Home');
    await scrollSettled(page);
    await expect(cardOf(page, 1)).toBeInViewport();
    await expect(cardOf(page, COUNT - 3)).toHaveCount(0);
    // Focus stayed on the last card's Present (it took it from Show QR): still rendered.
    expect(await focusNow(page)).toMatchObject({ label: seededLabel(COUNT), testId: 'present' });
    // PageDown and the wheel walk down without a blank screen on the way.
    await page.getByTestId('session-card').first().focus();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('PageDown');
      await scrollSettled(page);
      expect(
        await positionAtMiddle(page),
        `PageDown ${i + 1}: a card at mid-screen`,
      ).toBeGreaterThan(0);
    }
    // The spacers stand for the rows they replace: the page keeps its height as the window
    // moves (give or take the one taller row with a drawn QR code), so nothing jumps.
    const heights = [await scrollHeight(page)];
    await page.mouse.move(900, 500);
    for (let i = 0; i < 30; i += 1) {
      await page.mouse.wheel(0, 1200);
      await scrollSettled(page);
      expect(await positionAtMiddle(page), `wheel ${i + 1}: a card at mid-screen`).toBeGreaterThan(
        0,
      );
      heights.push(await scrollHeight(page));
    }
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(200);
    await expect(cardOf(page, COUNT)).toBeInViewport();
  });

  test('a link made elsewhere while the rep is deep in the list takes neither focus nor scroll', async ({
    page,
    main,
    nango,
    shot,
  }) => {
    const reconnect = await deskReconnect(main, nango, seeded.profileId, 'cus_elsewhere');
    await scrollTo(page, 45);
    const copy = cardOf(page, 45).getByTestId('copy-link');
    await copy.focus();
    await scrollSettled(page);
    const before = await scrollTop(page);
    await reconnect();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT + 1));
    await scrollSettled(page);
    // Focus stays on the button it was on; the screen stays where it was (as in a grid of
    // every card: each card moves one place on, so in two columns this one stays in its row).
    await expect(copy).toBeFocused();
    expect(await focusNow(page)).toMatchObject({
      label: seededLabel(45),
      position: 46,
      onScreen: true,
    });
    expect(Math.abs((await scrollTop(page)) - before)).toBeLessThan(2);
    // The new card leads the list, out of sight: not rendered, not scrolled to.
    expect(await renderedPositions(page)).not.toContain(1);
    await expect(page.locator('.session-grid__item').first()).toHaveAttribute(
      'aria-setsize',
      String(COUNT + 1),
    );
    await shot('47-many-cards-arrival-deep');
    await page.keyboard.press('Home');
    await scrollSettled(page);
    await expect(page.getByTestId('session-card').first()).toContainText('cus_elsewhere');
    await expect(copy).toBeFocused();
  });

  test('a link made elsewhere moves a focused right-column card down a row: the screen follows it', async ({
    page,
    main,
    nango,
    shot,
  }) => {
    const reconnect = await deskReconnect(main, nango, seeded.profileId, 'cus_elsewhere');
    // Card 46 is the right-hand one of its row; one place on, it leads the row below.
    await scrollTo(page, 46);
    const copy = cardOf(page, 46).getByTestId('copy-link');
    await copy.focus();
    await scrollSettled(page);
    const before = await focusNow(page);
    expect(before).toMatchObject({ label: seededLabel(46), position: 46, onScreen: true });
    const scrolled = await scrollTop(page);
    await reconnect();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT + 1));
    await scrollSettled(page);
    await expect(copy).toBeFocused();
    const after = await focusNow(page);
    expect(after).toMatchObject({ label: seededLabel(46), position: 47, onScreen: true });
    // Where it was on screen, to the pixel or two: the page scrolled by the row it dropped.
    expect(Math.abs(after.top - before.top)).toBeLessThan(3);
    expect(await scrollTop(page)).toBeGreaterThan(scrolled + 200);
    expect(await renderedPositions(page)).not.toContain(1);
    await shot('46-many-cards-arrival-right-column');
    // Tab walks on from where the rep was, onto the next card's controls, still on screen.
    await page.keyboard.press('Tab');
    expect(await focusNow(page)).toMatchObject({ label: seededLabel(46), onScreen: true });
  });

  test('with nothing focused in the grid, a link made elsewhere leaves the scroll as it was', async ({
    page,
    main,
    nango,
  }) => {
    const reconnect = await deskReconnect(main, nango, seeded.profileId, 'cus_elsewhere');
    // Wheeled there, nothing clicked: focus is where the page put it, in the form.
    await scrollTo(page, 46);
    const focus = await focusNow(page);
    expect(focus).toMatchObject({ label: null });
    const scrolled = await scrollTop(page);
    await reconnect();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT + 1));
    await scrollSettled(page);
    // As in a grid of every card: each card moves one place on, the page does not move.
    expect(await scrollTop(page)).toBe(scrolled);
    expect(await focusNow(page)).toEqual(focus);
    await expect(cardOf(page, 46)).toBeInViewport();
  });

  test('a link made from the form while deep in the list is brought into view and focused', async ({
    page,
    main,
  }) => {
    await scrollTo(page, 60);
    // The form stays beside the grid (sticky): the rep types and presses Enter.
    await page.getByTestId('tag-end_user_id').fill('cus_from_form');
    await page.keyboard.press('Enter');
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(COUNT + 1));
    const made = page.getByTestId('session-card').filter({ hasText: 'cus_from_form' });
    await expect(made).toBeFocused();
    await scrollSettled(page);
    await expect(made.getByTestId('session-qr')).toBeInViewport({ ratio: 1 });
    await expect(made.locator('xpath=..')).toHaveAttribute('aria-posinset', '1');
    // The code on screen is this link's, as main issued it.
    type Reply = { data?: { connectLink?: string; tags?: Record<string, string> } };
    const issued = (main.results as Reply[]).find(
      (r) => r.data?.tags?.['end_user_id'] === 'cus_from_form',
    );
    expect(await scanQr(page, made)).toBe(issued?.data?.connectLink);
  });

  test('Tab walks from the first card to the last, Shift+Tab back, focus always on screen', async ({
    page,
  }) => {
    // 750 key presses, each followed by a look at the page: ~10 s alone, 20–32 s on two busy
    // cores. Slow, so the timeout is not what a loaded machine trips over.
    test.slow();
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
    shot,
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
    await shot('45-many-cards-dismissed-deep');
  });
});

test.describe('a grid of every card (48 or fewer): a link made elsewhere', () => {
  test('moves a focused right-column card down a row, and the screen with it', async ({
    page,
    main,
    clock,
    nango,
    openApp,
  }) => {
    const count = 30;
    const seeded = await seedSessions(main, clock, {
      apiBaseUrl: nango.url,
      secretKey: SECRET_KEY,
      count,
    });
    const reconnect = await deskReconnect(main, nango, seeded.profileId, 'cus_elsewhere');
    const again = await deskReconnect(main, nango, seeded.profileId, 'cus_again');
    await openApp();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(count));
    // Unwindowed: every card is in the document, no places told.
    await expect(page.locator('.session-grid__item')).toHaveCount(count);
    await expect(page.locator('.session-grid__item[aria-setsize]')).toHaveCount(0);
    // Mid-screen, the row above it in sight: the browser's own scroll anchoring would hold a
    // card of that row still, not this one.
    await cardOf(page, 12).scrollIntoViewIfNeeded();
    const revoke = cardOf(page, 12).getByTestId('revoke');
    await revoke.focus();
    await scrollSettled(page);
    const at = async () => {
      const now = await focusNow(page);
      expect(now).toMatchObject({ label: seededLabel(12), onScreen: true });
      return now.top;
    };
    const before = await at();
    await reconnect();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(count + 1));
    await scrollSettled(page);
    await expect(revoke).toBeFocused();
    expect(Math.abs((await at()) - before)).toBeLessThan(3);
    // One more: now in the left column, it moves to the right of the same row. It stays put
    // too (the rows above it may still change height: off-screen cards take a placeholder's).
    await again();
    await expect(page.locator('#sessions-title + .count')).toHaveText(String(count + 2));
    await scrollSettled(page);
    await expect(revoke).toBeFocused();
    expect(Math.abs((await at()) - before)).toBeLessThan(3);
  });
});

test.describe('a windowed grid at the minimum window size (cards below the form)', () => {
  test.use({ viewport: { width: 960, height: 600 } });

  test('Tab walks past the window; End shows the whole last row', async ({
    page,
    main,
    clock,
    nango,
    openApp,
    shot,
  }) => {
    const count = 60;
    await seedSessions(main, clock, { apiBaseUrl: nango.url, secretKey: SECRET_KEY, count });
    await openApp();
    await expect(page.locator('.session-grid__item[aria-setsize]').first()).toBeAttached();
    const first = await renderedPositions(page);
    await page.getByTestId('session-card').first().focus();
    let last = 1;
    for (let tab = 1; last < 12; tab += 1) {
      await page.keyboard.press('Tab');
      const now = await focusNow(page);
      expect(now.body, `Tab ${tab}`).toBe(false);
      expect(now.onScreen, `Tab ${tab} (${now.label} ${now.testId}) on screen`).toBe(true);
      expect(now.label).toBe(seededLabel(now.position));
      last = now.position;
    }
    expect(last).toBeGreaterThan(Math.max(...first));
    await shot('48-many-cards-small-window');
    await page.keyboard.press('End');
    await scrollSettled(page);
    // At the very bottom at once: the spacers were as tall as the rows they stood for.
    await expect(cardOf(page, count).getByTestId('revoke')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.session-grid__item').last()).toHaveAttribute(
      'aria-posinset',
      String(count),
    );
    await shot('49-many-cards-small-window-end');
  });
});
