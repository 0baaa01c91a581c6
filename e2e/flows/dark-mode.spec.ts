/**
 * Issue 12 item 6: the app in the OS's dark mode. Every screen people use is shot dark (names
 * `d-<light name>`) through the axe gate (contrast of every colour pair), codes are decoded
 * from the dark screenshots, and focus rings stand out from the dark surfaces.
 */
import { bodyColours, contrast, faintFocus, focusRing } from '../harness/colours';
import { createHandoff, finishSetup, scanQr, setUpProfile } from '../harness/app-driver';
import { expect, SECRET_KEY, test, type Page } from '../harness/fixtures';
import { hasLightQuietZone, scanPng } from '../harness/scan-screen';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
});

/**
 * Tabs `stops` times from the first nav tab: at every stop the focus ring (or a text field's
 * focus border) stands out from what is behind it by 3:1, as non-text contrast asks.
 */
async function expectVisibleFocusRings(page: Page, stops: number) {
  await page.getByTestId('nav-handoff').focus();
  const faint: string[] = [];
  for (let stop = 0; stop < stops; stop += 1) {
    await page.keyboard.press('Tab');
    const problem = await faintFocus(page);
    if (problem) faint.push(problem);
  }
  expect(faint).toEqual([]);
}

test('dark: setup, a rejected key, then the form', async ({ page, nango, openApp, shot }) => {
  await openApp();
  await expect(page.getByTestId('profile-name')).toBeVisible();
  // The page really is dark: the body is near black, its text near white.
  const body = await bodyColours(page);
  expect(contrast(body.background, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
  expect(contrast(body.text, body.background)).toBeGreaterThan(12);
  await shot('d-01-first-run');

  await setUpProfile(page, nango.url, '11111111-2222-4333-8444-555555555555');
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('key-input')).toBeFocused();
  await shot('d-11-key-rejected');

  nango.addKey('11111111-2222-4333-8444-555555555555');
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'ok');
  await shot('d-02-key-tested');

  // A focus ring stands out from the dark surface it sits on (3:1 for non-text).
  await page.getByTestId('setup-finish').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = (await focusRing(page))!;
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.color, ring.behind)).toBeGreaterThanOrEqual(3);
});

test('dark: cards with one live code, revoked and expired, presenter', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await shot('d-04-create-form');
  // The pre-flight form, open, with an integration's fields.
  await page.getByTestId('integration-github').check();
  await page.getByTestId('preflight').locator('summary').click();
  await page.getByTestId('preflight-theme').selectOption('dark');
  await page.getByTestId('preflight-github-userScopes').fill('read:user');
  await shot('d-67-preflight-form');
  await page.getByTestId('preflight').locator('summary').click();
  await page.getByTestId('integration-github').uncheck();
  for (const id of ['cus_1001', 'cus_1002', 'cus_1003']) {
    await createHandoff(page, { end_user_id: id }, ['github']);
    await advance(1000);
  }
  await expect(page.getByTestId('session-qr')).toHaveCount(1);
  await shot('d-60-three-cards');
  // The one code on screen is dark on light and reads from the dark screenshot.
  const newest = main.app.sessions.list().find((s) => s.tags['end_user_id'] === 'cus_1003')!;
  expect(scanPng(await page.screenshot())?.text).toBe(newest.connectLink);
  expect(await scanQr(page)).toBe(newest.connectLink);

  await expectVisibleFocusRings(page, 45);

  const oldest = page.getByTestId('session-card').filter({ hasText: 'cus_1001' });
  await oldest.getByTestId('revoke').click();
  await oldest.getByTestId('revoke-confirm').click();
  await expect(oldest).toHaveAttribute('data-status', 'revoked');
  await shot('d-05-revoked');

  // Presenter view, dark: the code stays dark on its light plate, quiet zone and all.
  await page.setViewportSize({ width: 960, height: 600 });
  await page.getByTestId('session-card').first().getByTestId('present').click();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-status', 'active');
  await expect(page.getByTestId('presenter-close')).toBeFocused();
  expect(await faintFocus(page)).toBeNull();
  await shot('d-61-presenter-960x600-waiting');
  expect(scanPng(await page.screenshot())?.text).toBe(newest.connectLink);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot('d-62-presenter-1080p-waiting');
  const screen = await page.screenshot();
  const large = scanPng(screen);
  expect(large?.text).toBe(newest.connectLink);
  expect(large!.modulePx).toBeGreaterThanOrEqual(6);
  // Dark modules on a light plate, its 4-module quiet zone light too, on a dark page.
  const plate = (await page.getByTestId('presenter-qr').boundingBox())!;
  expect(hasLightQuietZone(screen, plate, large!.modulePx)).toBe(true);
  // (The check sees the dark page as soon as the box reaches past the plate.)
  const wider = {
    x: plate.x - 8,
    y: plate.y - 8,
    width: plate.width + 16,
    height: plate.height + 16,
  };
  expect(hasLightQuietZone(screen, wider, large!.modulePx)).toBe(false);
  expect(contrast((await bodyColours(page)).background, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 1440, height: 1000 });
  await advance(31 * 60_000);
  await expect(page.locator('[data-status="expired"]')).toHaveCount(2);
  await shot('d-06-expired');
});

test('dark: offline keeps the form', async ({ page, nango, openApp, shot }) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').fill('cus_offline');
  nango.setFault({ kind: 'drop' });
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-form').getByRole('alert')).toContainText(/offline/i);
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'false');
  await shot('d-10-offline');
});

test('dark: the reconnect desk, the ledger and settings', async ({
  page,
  nango,
  openApp,
  advance,
  shot,
}) => {
  nango.addConnection({
    connection_id: 'acme-gh',
    provider_config_key: 'github',
    tags: { end_user_id: 'acme-1', end_user_email: 'it@acme.example' },
    errors: [{ type: 'auth' }],
  });
  nango.addConnection({
    connection_id: 'globex-slack',
    provider_config_key: 'slack',
    tags: { end_user_id: 'globex-7' },
  });
  await openApp();
  await setUpProfile(page, nango.url, SECRET_KEY);
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-capabilities')).toContainText('List connections');
  await page.getByTestId('setup-finish').click();

  const done = await createHandoff(page, { end_user_id: 'cus_done' }, ['github']);
  nango.completeSession(nango.sessions()[0]!.token, { connection_id: 'conn-done' });
  await advance(5_000);
  await expect(done).toHaveAttribute('data-status', 'completed');
  await shot('d-50-connected');

  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-import-open').click();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-row')).toHaveCount(3);
  for (const box of await page.getByTestId('import-select').all()) await box.check();
  await shot('d-40-desk-import');
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('desk-row')).toHaveCount(3);
  await page.getByTestId('desk-refresh').click();
  await expect(page.getByTestId('desk-refresh-summary')).toContainText(/1 broken/i);
  await shot('d-30-desk-broken');
  await expectVisibleFocusRings(page, 25);
  const broken = page.locator('[data-testid="desk-row"][data-connection-id="acme-gh"]');
  await broken.getByTestId('desk-reconnect').click();
  const card = page.getByTestId('desk-session').getByTestId('session-card');
  await expect(card).toBeVisible();
  const reconnect = nango.sessions().find((s) => s.kind === 'reconnect')!;
  const link = await scanQr(page, card);
  expect(new URL(link!).searchParams.get('session_token')).toBe(reconnect.token);
  await shot('d-31-desk-reconnect-qr');

  await page.getByTestId('nav-ledger').click();
  await expect(page.getByTestId('ledger-row')).toHaveCount(2);
  await shot('d-56-ledger');

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('profile-name')).toBeVisible();
  await shot('d-20-settings');
  await expectVisibleFocusRings(page, 30);
});

test('dark: a self-refreshing card and presenter view', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const card = await createHandoff(page, { end_user_id: 'cus_7001' }, ['github']);
  const firstId = (await card.getAttribute('data-session-id'))!;
  await card.getByTestId('refresh-toggle').check();
  await expect(card.getByTestId('refresh-badge')).toContainText('Auto-refresh');
  await shot('d-70-card-refresh-on');

  // Three minutes before expiry the next code replaces it; it reads from the dark screen.
  await advance(27 * 60_000);
  await expect(card).not.toHaveAttribute('data-session-id', firstId);
  await expect(card.getByTestId('refresh-status')).toContainText('previous code still works');
  const nextId = (await card.getAttribute('data-session-id'))!;
  expect(scanPng(await page.screenshot())?.text).toBe(main.app.sessions.get(nextId).connectLink);
  await shot('d-71-card-refreshed-overlap');

  await card.getByTestId('present').click();
  const presenter = page.getByTestId('presenter');
  await expect(presenter.getByTestId('refresh-toggle')).toBeChecked();
  await expect(page.getByTestId('presenter-close')).toBeFocused();
  await shot('d-73-presenter-refresh-on');
  expect(scanPng(await page.screenshot())?.text).toBe(main.app.sessions.get(nextId).connectLink);
  // The switch's focus ring in the presenter stands out too.
  await presenter.getByTestId('refresh-toggle').focus();
  expect(await faintFocus(page)).toBeNull();
});
