/**
 * After a renderer crash main reloads the window (src-main/electron/renderer-recovery.ts,
 * unit-tested with a fake Electron). This spec shows what the reloaded window gives the user:
 * the notice main added, and every live link still on screen, because sessions live in main.
 */
import { RELOADED_NOTICE } from '../../src-main/crash/recovery-messages';
import { createHandoff, finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('a reloaded window says what happened and still shows the live links', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const card = await createHandoff(page, { end_user_id: 'cus_before_crash' });
  const sessionId = await card.getAttribute('data-session-id');

  // What watchRenderer does on render-process-gone: a notice in main, then a reload.
  main.app.notices.add('warning', RELOADED_NOTICE);
  await page.reload();

  await expect(page.getByTestId('notice')).toContainText('stopped unexpectedly and was reloaded');
  const again = page.locator(`[data-testid="session-card"][data-session-id="${sessionId}"]`);
  await expect(again).toHaveAttribute('data-status', 'active');
  await expect(again.getByTestId('session-qr')).toBeVisible();
  await shot('91-renderer-reloaded');
});
