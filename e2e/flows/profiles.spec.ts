/**
 * Several environments, each with its own key in the keychain (the real gnome-keyring under
 * `npm test`): add, switch, remove — removal deletes the key and asks first.
 */
import type { ProfilesState } from '../../src-shared/models/profile';
import { finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

const STAGING_KEY = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

test('support adds a staging profile, switches to it, and removes it with its key', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  nango.addKey(STAGING_KEY);
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);

  await page.getByTestId('nav-settings').click();
  // Saving a profile leaves focus on Save (it was disabled meanwhile), not on <body>.
  await page.getByTestId('profile-name').fill('Production EU');
  await page.getByTestId('profile-save').click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(page.getByTestId('profile-save')).toBeFocused();
  await page.getByTestId('profile-add').click();
  await expect(page.getByTestId('profile-name')).toBeFocused();
  await page.getByTestId('profile-name').fill('Staging');
  await page.getByTestId('profile-api-url').fill(nango.url);
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('key-input')).toBeFocused();
  await page.getByTestId('key-input').fill(STAGING_KEY);
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'ok');

  const state = (): Promise<ProfilesState> => main.app.profiles.state();
  const staging = (await state()).profiles.find((p) => p.name === 'Staging')!;
  expect(await main.secretStore.get(staging.id)).toBe(STAGING_KEY);

  // The active profile is always visible, and switching is one choice in the header.
  await page.getByTestId('profile-switcher').selectOption({ label: 'Staging' });
  await expect.poll(async () => (await state()).activeProfileId).toBe(staging.id);
  await shot('20-profiles');

  await page.getByTestId('profile-list-item').filter({ hasText: 'Staging' }).click();
  await page.getByTestId('profile-remove').click();
  await expect(page.getByTestId('profile-remove-confirm')).toBeVisible();
  await shot('21-profile-remove-confirm');
  await page.getByTestId('profile-remove-confirm').click();
  await expect(page.getByTestId('profile-list-item')).toHaveCount(1);
  expect(await main.secretStore.get(staging.id)).toBeNull();
  expect((await state()).profiles.map((p) => p.name)).toEqual(['Production EU']);
  await expect(page.getByTestId('profile-list-item')).toBeFocused();
});
