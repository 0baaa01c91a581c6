/**
 * At the window's minimum size (960×600) the cards sit below the form: a new link's card is
 * brought into view and focused, so the QR code is on screen the moment it exists.
 */
import { createHandoff, finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test.use({ viewport: { width: 960, height: 600 } });

test('a new QR code at the minimum window size is scrolled into view and focused', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await shot('16-small-window-form');
  const card = await createHandoff(page, { end_user_id: 'cus_small' });
  await expect(card).toBeFocused();
  await expect(card.getByTestId('session-qr')).toBeInViewport({ ratio: 1 });
  await shot('18-small-window-new-card');

  // The next one too, from the keyboard: Enter in the form, and the new card comes up.
  await page.getByTestId('tag-end_user_id').focus();
  await page.keyboard.type('cus_small_2');
  await page.keyboard.press('Enter');
  const second = page.getByTestId('session-card').filter({ hasText: 'cus_small_2' });
  await expect(second).toBeFocused();
  await expect(second.getByTestId('session-qr')).toBeInViewport({ ratio: 1 });
});
