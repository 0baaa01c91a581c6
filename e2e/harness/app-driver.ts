/**
 * Steps a person takes in the app, shared by the harness specs so each spec reads as a flow.
 */
import { expect, type Page } from '@playwright/test';
import { decodeQrPng } from './decode-qr';

/** Creates the first profile (pointed at `apiBaseUrl`) and stores its key, as a new user does. */
export async function setUpProfile(page: Page, apiBaseUrl: string, key: string): Promise<void> {
  await page.getByTestId('profile-name').fill('Production');
  await page.getByTestId('profile-api-url').fill(apiBaseUrl);
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('key-input')).toBeFocused();
  await page.getByTestId('key-input').fill(key);
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('key-input')).toHaveValue('');
}

/** A new user's whole first run: profile, key, then on to the create form. */
export async function finishSetup(page: Page, apiBaseUrl: string, key: string): Promise<void> {
  await setUpProfile(page, apiBaseUrl, key);
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('create-form')).toBeVisible();
}

/** Fills the create form and submits; returns the new card's locator. */
export async function createHandoff(
  page: Page,
  tags: { end_user_id: string; end_user_email?: string },
  integrations: string[] = [],
) {
  const before = await page.getByTestId('session-card').count();
  await page.getByTestId('tag-end_user_id').fill(tags.end_user_id);
  if (tags.end_user_email) await page.getByTestId('tag-end_user_email').fill(tags.end_user_email);
  for (const id of integrations) await page.getByTestId(`integration-${id}`).check();
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('session-card')).toHaveCount(before + 1);
  return page.getByTestId('session-card').first();
}

/** Reads the QR code on a card from a screenshot, as a phone camera would. */
export async function scanQr(page: Page, card = page.getByTestId('session-card').first()) {
  const png = await card.getByTestId('session-qr').screenshot();
  return decodeQrPng(png);
}
