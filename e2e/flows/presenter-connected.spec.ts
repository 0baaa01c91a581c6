/**
 * Issue 12: presenter view from "waiting" to "connected" at the smallest window (960×600) and
 * at 1080p. The code is read off the screenshot as a phone would; then the fake customer
 * finishes on their phone, the completion poller finds the connection, and the whole window
 * turns into a success screen the customer can read from across the desk, with no code left.
 */
import { createHandoff, finishSetup } from '../harness/app-driver';
import { fontSizePx } from '../harness/colours';
import { expect, SECRET_KEY, test } from '../harness/fixtures';
import { scanPng } from '../harness/scan-screen';

const SIZES = [
  { name: '960', width: 960, height: 600, minModulePx: 3, dark: false },
  { name: '1080', width: 1920, height: 1080, minModulePx: 6, dark: false },
  // The OS in dark mode: the page goes dark, the code stays dark on light.
  { name: '1080', width: 1920, height: 1080, minModulePx: 6, dark: true },
] as const;

for (const size of SIZES) {
  const theme = size.dark ? ', dark' : '';
  test(`presenter at ${size.width}×${size.height}${theme}: waiting, then connected`, async ({
    page,
    nango,
    main,
    openApp,
    advance,
    shot,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    if (size.dark) await page.emulateMedia({ colorScheme: 'dark' });
    const prefix = size.dark ? 'd-' : '';
    await openApp();
    await finishSetup(page, nango.url, SECRET_KEY);
    await page.getByTestId('tag-end_user_display_name').fill('Ada Lovelace');
    const card = await createHandoff(page, { end_user_id: 'cus_7001' }, ['github']);
    const [server] = nango.sessions();
    const [session] = main.app.sessions.list();

    await card.getByTestId('present').click();
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toHaveAttribute('data-status', 'active');
    const waiting = scanPng(await page.screenshot());
    expect(waiting?.text).toBe(session!.connectLink);
    expect(waiting!.modulePx).toBeGreaterThanOrEqual(size.minModulePx);

    // The customer finishes on their phone; the poller looks every 5 s.
    nango.completeSession(server!.token, { connection_id: 'conn-ada-github' });
    await advance(5_000);
    await expect(presenter).toHaveAttribute('data-status', 'completed');
    const success = page.getByTestId('presenter-success');
    await expect(success).toBeVisible();
    await expect(success).toContainText('Connected');
    await expect(success).toContainText('GitHub');
    await expect(page.getByTestId('presenter-name')).toHaveText('Ada Lovelace');
    await expect(page.getByTestId('presenter-integrations')).toHaveText('GitHub');
    await expect(page.getByTestId('presenter-status')).toHaveText('Connected. Thank you!');
    await expect(page.getByTestId('presenter-qr')).toHaveCount(0);
    // Across the desk: the panel takes most of the window's height, its title is large.
    const box = (await success.boundingBox())!;
    expect(box.height).toBeGreaterThan(size.height * 0.8);
    const titlePx = await fontSizePx(success.locator('.presenter__outcome-title'));
    expect(titlePx).toBeGreaterThanOrEqual(size.height * 0.1);
    await shot(`${prefix}69-presenter-connected-${size.name}`);
    // Nothing on the screen reads as a code any more.
    expect(scanPng(await page.screenshot())).toBeNull();
  });
}
