/**
 * Issue 12, self-refreshing links, through the real main code and the production renderer on
 * the manual clock: the card's new code read from a screenshot after the lead, the old token
 * dead at the fake server after the overlap, a hidden window (Page Visibility API) pausing it,
 * presenter view refreshing by default, and the cap's "Continue".
 */
import type { Locator } from '@playwright/test';
import { createHandoff, finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test, type Page } from '../harness/fixtures';
import { scanPng } from '../harness/scan-screen';
import type { MainHarness } from '../harness/main-harness';

const MINUTE = 60_000;
/** The next code is made 3 minutes before the 30-minute link expires. */
const TO_LEAD = 27 * MINUTE;
const OVERLAP = MINUTE;

const tokenOf = (main: MainHarness, id: string) =>
  new URL(main.app.sessions.get(id).connectLink).searchParams.get('session_token')!;

/** Answers GET /connect/session with the session token, as the phone's Connect UI would. */
async function liveAtServer(nangoUrl: string, token: string): Promise<boolean> {
  const res = await fetch(`${nangoUrl}/connect/session`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.status === 200;
}

/** Plays the window being minimised or shown (the Page Visibility API). */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    // Runs in the page; typed loosely because e2e code compiles without the DOM library.
    const doc = (globalThis as Record<string, unknown>)['document'] as EventTarget;
    Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => value });
    doc.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

async function newCard(page: Page, nangoUrl: string, who: string): Promise<Locator> {
  await finishSetup(page, nangoUrl, SECRET_KEY);
  return createHandoff(page, { end_user_id: who, end_user_email: `${who}@example.com` }, [
    'github',
  ]);
}

test('a card that refreshes shows a new code after the lead; the old one dies after the overlap', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp();
  const card = await newCard(page, nango.url, 'cus_7001');
  const firstId = (await card.getAttribute('data-session-id'))!;
  await expect(card).toHaveAttribute('data-card-id', firstId);

  // Off by default outside presenter view; turned on by keyboard, its state said and shown.
  const toggle = card.getByTestId('refresh-toggle');
  await expect(toggle).not.toBeChecked();
  await expect(card.getByRole('switch', { name: 'Refresh automatically' })).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(card.getByTestId('refresh')).toHaveAttribute('data-on', 'true');
  await expect(card.getByTestId('refresh-badge')).toContainText('Auto-refresh');
  await expect(card.getByTestId('refresh-status')).toContainText('New code at');
  await expect(toggle).toBeFocused();
  await shot('70-card-refresh-on');
  expect(scanPng(await page.screenshot())?.text).toBe(main.app.sessions.get(firstId).connectLink);

  await advance(TO_LEAD);
  await expect(card).not.toHaveAttribute('data-session-id', firstId);
  const nextId = (await card.getAttribute('data-session-id'))!;
  // Same card on screen (same card id, focus still on its switch), with the new code.
  await expect(card).toHaveAttribute('data-card-id', firstId);
  await expect(page.getByTestId('session-card')).toHaveCount(1);
  await expect(toggle).toBeFocused();
  const next = main.app.sessions.get(nextId);
  expect(next.tags).toMatchObject({ end_user_id: 'cus_7001', handoff_id: nextId });
  expect(next.allowedIntegrations).toEqual(['github']);
  await expect(card.getByTestId('refresh-status')).toContainText('previous code still works');
  await expect(card.getByTestId('refresh-status')).toContainText('refresh 2 of 4');
  const scanned = scanPng(await page.screenshot());
  expect(scanned?.text).toBe(next.connectLink);
  expect(scanned?.text).not.toBe(main.app.sessions.get(firstId).connectLink);
  const oldToken = tokenOf(main, firstId);
  expect(await liveAtServer(nango.url, oldToken)).toBe(true);
  await shot('71-card-refreshed-overlap');

  await advance(OVERLAP);
  await expect.poll(() => liveAtServer(nango.url, oldToken)).toBe(false);
  expect(await liveAtServer(nango.url, tokenOf(main, nextId))).toBe(true);
  await expect(card.getByTestId('refresh-status')).not.toContainText('previous code');
  const ledger = await main.app.ledger.state();
  expect(ledger.entries.find((e) => e.id === firstId)?.outcome).toBe('superseded');
});

test('a hidden window pauses refreshing; shown again, the card refreshes at once', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  const card = await newCard(page, nango.url, 'cus_7002');
  const firstId = (await card.getAttribute('data-session-id'))!;
  await card.getByTestId('refresh-toggle').check();
  await expect(card.getByTestId('refresh')).toHaveAttribute('data-phase', 'scheduled');

  await setVisibility(page, 'hidden');
  await expect.poll(() => main.app.sessions.get(firstId).refresh?.phase).toBe('paused');
  await advance(TO_LEAD + MINUTE);
  await main.app.rotation.whenIdle();
  expect(nango.sessions()).toHaveLength(1);
  await expect(card).toHaveAttribute('data-session-id', firstId);
  await expect(card.getByTestId('refresh-status')).toContainText('Paused: the window is hidden.');
  await shot('72-card-refresh-paused');

  await setVisibility(page, 'visible');
  await expect(card).not.toHaveAttribute('data-session-id', firstId);
  expect(nango.sessions()).toHaveLength(2);
});

test('presenter view refreshes by default and follows the card to its new code', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp();
  const card = await newCard(page, nango.url, 'cus_7003');
  const firstId = (await card.getAttribute('data-session-id'))!;
  await card.getByTestId('present').click();
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  const toggle = presenter.getByTestId('refresh-toggle');
  await expect(toggle).toBeChecked();
  await expect(presenter.getByTestId('refresh-status')).toContainText('New code at');
  await expect(page.getByTestId('presenter-close')).toBeFocused();
  await shot('73-presenter-refresh-on');

  await advance(TO_LEAD);
  await expect.poll(() => nango.sessions().length).toBe(2);
  const nextId = main.app.sessions.list().find((s) => s.id !== firstId)!.id;
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId('presenter-close')).toBeFocused();
  await expect
    .poll(async () => scanPng(await page.screenshot())?.text)
    .toBe(main.app.sessions.get(nextId).connectLink);

  // Turned off in presenter view: it stays off.
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
  await advance(TO_LEAD);
  await main.app.rotation.whenIdle();
  expect(nango.sessions()).toHaveLength(2);
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await expect(card.getByTestId('refresh-toggle')).not.toBeChecked();
});

test('after 4 refreshes the card stops and offers Continue, which starts again', async ({
  page,
  nango,
  openApp,
  advance,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp();
  const card = await newCard(page, nango.url, 'cus_7004');
  await card.getByTestId('refresh-toggle').check();
  for (let i = 1; i <= 4; i += 1) {
    await advance(i === 1 ? TO_LEAD : TO_LEAD - OVERLAP);
    await expect.poll(() => nango.sessions().length).toBe(1 + i);
    await advance(OVERLAP);
  }
  await advance(TO_LEAD - OVERLAP);
  await expect(card.getByTestId('refresh')).toHaveAttribute('data-phase', 'capped');
  await expect(card.getByTestId('refresh-status')).toHaveText(
    'Refreshing stopped — 4 refreshes in a row, the most at once.',
  );
  const more = card.getByTestId('refresh-continue');
  await expect(more).toBeVisible();
  expect(nango.sessions()).toHaveLength(5);
  await shot('74-card-refresh-capped');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot('d-74-card-refresh-capped');
  await page.emulateMedia({ colorScheme: 'light' });

  await more.click();
  await expect.poll(() => nango.sessions().length).toBe(6);
  await expect(card.getByTestId('refresh')).toHaveAttribute('data-phase', 'scheduled');
  await expect(card.getByTestId('refresh-toggle')).toBeFocused();
});
