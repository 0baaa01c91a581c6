/**
 * A self-hosted Nango: the default install hands out http://localhost:3009 links, and a profile
 * moved to another server loses its key (the key belongs to the server it was entered for).
 */
import { startFakeNango } from '../../test-support/fake-nango';
import { createHandoff, finishSetup, scanQr } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

const SELF_HOSTED_UI = 'http://localhost:3009';

test.describe('a default self-hosted Nango', () => {
  test.use({ nangoOptions: { connectUiBase: SELF_HOSTED_UI } });

  test('hands out its loopback http link, with apiURL, as a QR', async ({
    page,
    nango,
    openApp,
    shot,
  }) => {
    await openApp();
    await page.getByTestId('profile-connect-url').fill(SELF_HOSTED_UI);
    await finishSetup(page, nango.url, SECRET_KEY);
    const card = await createHandoff(page, { end_user_id: 'cust-7' });
    const link = new URL((await scanQr(page, card)) ?? 'no QR code');
    expect(link.origin).toBe(SELF_HOSTED_UI);
    expect(link.searchParams.get('session_token')).toBe(nango.sessions()[0]?.token);
    expect(link.searchParams.get('apiURL')).toBe(nango.url);
    expect(nango.sessions()[0]).toMatchObject({ revoked: false });
    await shot('35-self-hosted-link');
  });
});

test('moving a profile to another server deletes its key and says to enter it again', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  const other = await startFakeNango();
  other.addKey(SECRET_KEY);
  try {
    await openApp();
    await finishSetup(page, nango.url, SECRET_KEY);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('profile-api-url').fill(other.url);
    await expect(page.getByText(/Saving deletes the stored key/)).toBeVisible();
    await page.getByTestId('profile-save').click();
    const status = page.getByTestId('key-status');
    await expect(status).toHaveAttribute('data-status', 'missing');
    await expect(status).toContainText('Enter the key again for the new server');
    const [profile] = (await main.app.profiles.state()).profiles;
    expect(await main.secretStore.get(profile!.id)).toBeNull();
    expect(other.requests.filter((r) => r.auth === 'secret-key')).toEqual([]);
    await shot('36-key-removed-after-move');
  } finally {
    await other.close();
  }
});
