/**
 * Application-menu commands reach the production renderer over the real preload API: New
 * handoff lands in the create form's first field, Reconnect desk and Settings open their tabs.
 */
import { finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('menu commands switch sections and New handoff focuses the customer field', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);

  main.chooseMenu('desk');
  await expect(page.getByTestId('nav-desk')).toHaveAttribute('aria-current', 'page');
  main.chooseMenu('settings');
  await expect(page.getByTestId('nav-settings')).toHaveAttribute('aria-current', 'page');

  main.chooseMenu('new-handoff');
  await expect(page.getByTestId('nav-handoff')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('tag-end_user_id')).toBeFocused();
  await page.keyboard.type('cus_from_menu');
  await expect(page.getByTestId('tag-end_user_id')).toHaveValue('cus_from_menu');
  await shot('90-menu-new-handoff');
});
