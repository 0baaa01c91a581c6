/**
 * A rep who only uses the keyboard can make, copy and revoke a link; and a keychain that is
 * waiting on an unlock prompt shows "Waiting for the keychain…" instead of freezing the app.
 */
import { MemorySecretStore } from '../../src-main/keychain/memory-secret-store';
import { finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('keyboard only: type the customer, submit with Enter, copy and revoke with Enter', async ({
  page,
  nango,
  main,
  openApp,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').focus();
  await page.keyboard.type('cus_keys');
  await page.keyboard.press('Enter');
  const card = page.getByTestId('session-card').first();
  await expect(card).toHaveAttribute('data-status', 'active');

  // Tab order reaches the card's controls; each is a real, focusable button.
  await card.getByTestId('copy-link').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('copy-feedback')).toContainText(/copied/i);
  expect(main.desktop.clipboard).toContain('session_token=');
  await page.keyboard.press('Tab');
  await expect(card.getByTestId('open-link')).toBeFocused();
  await card.getByTestId('revoke').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('revoke-confirm')).toBeVisible();
  await card.getByTestId('revoke-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('data-status', 'revoked');
});

test('keyboard only: Enter and Space on an integration chip toggle it and never send a link', async ({
  page,
  nango,
  main,
  openApp,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').fill('cus_chips');
  const chip = page.getByTestId('integration-github');
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toBeChecked();
  await page.keyboard.press('Space');
  await expect(chip).not.toBeChecked();
  await page.keyboard.press('Enter');
  await expect(chip).toBeChecked();
  expect(nango.sessions()).toHaveLength(0);
  await expect(page.getByTestId('session-card')).toHaveCount(0);

  // Enter in a text field still submits, with exactly the chosen integration.
  await page.getByTestId('tag-end_user_id').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session-card')).toHaveCount(1);
  expect(main.app.sessions.list()[0]?.allowedIntegrations).toEqual(['github']);
  expect(nango.sessions()[0]?.allowedIntegrations).toEqual(['github']);
});

test.describe('a keychain waiting on its unlock prompt', () => {
  const store = new MemorySecretStore();
  test.use({ secretStore: store });

  test('shows "Waiting for the keychain…", then carries on once the prompt is answered', async ({
    page,
    nango,
    openApp,
    advance,
    shot,
  }) => {
    await openApp();
    await finishSetup(page, nango.url, SECRET_KEY);
    // A fresh read (not cached) that the OS holds while it asks the user to unlock.
    store.setFault('hang');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('key-input').fill(SECRET_KEY);
    await page.getByTestId('key-save').click();
    await expect.poll(() => store.hungCalls).toBe(1);
    await advance(1_000);
    await expect(page.getByTestId('keychain-waiting')).toBeVisible();
    await shot('14-keychain-waiting');
    store.setFault(null);
    store.releaseHung();
    await expect(page.getByTestId('keychain-waiting')).toHaveCount(0);
    await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'ok');
  });
});
