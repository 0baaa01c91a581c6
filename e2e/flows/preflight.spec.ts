/**
 * Issue 12: phone pre-flight. The server receives the chosen integrations_config_defaults,
 * the link carries lang/theme (and keeps apiURL), a refused docs_connect degrades with an
 * explanation, and the choice is saved as a reusable preset.
 */
import { finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';
import { scanPng } from '../harness/scan-screen';

test('pre-flight: language, theme, integration defaults and presets reach the server and the link', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').fill('cus_5001');
  await page.getByTestId('integration-github').check();
  await page.getByTestId('preflight').locator('summary').click();
  await page.getByTestId('preflight-lang').selectOption('fr');
  await page.getByTestId('preflight-theme').selectOption('dark');
  await page.getByTestId('preflight-github-userScopes').fill('read:user');
  await page.getByTestId('preflight-github-authorizationParams').fill('prompt=consent');
  await page
    .getByTestId('preflight-github-connectionConfig')
    .fill('oauth_scopes_override=repo:read');
  await page.getByTestId('preflight-github-docsConnect').fill('https://docs.example.com/github');
  await page.getByTestId('preflight-preset-name').fill('GitHub read-only, French');
  await page.getByTestId('preflight-save-preset').click();
  await expect(page.getByTestId('preflight-feedback')).toContainText('saved');
  await shot('67-preflight-form');

  await page.getByTestId('create-submit').click();
  const card = page.getByTestId('session-card').first();
  await expect(card).toBeVisible();
  // The plan refuses docs_connect (403): the link is made without it, and the card says so.
  await expect(card.getByTestId('session-note')).toContainText('docs_connect');

  const live = nango.sessions().filter((s) => !s.revoked);
  expect(live).toHaveLength(1);
  expect(live[0]!.integrationsConfigDefaults).toEqual({
    github: {
      user_scopes: 'read:user',
      authorization_params: { prompt: 'consent' },
      connection_config: { oauth_scopes_override: 'repo:read' },
    },
  });
  const [session] = main.app.sessions.list();
  const link = new URL(session!.connectLink);
  expect(link.searchParams.get('lang')).toBe('fr');
  expect(link.searchParams.get('theme')).toBe('dark');
  expect(link.searchParams.get('apiURL')).toBe(nango.url);
  // The phone reads exactly that link from the screen.
  expect(scanPng(await card.getByTestId('session-qr').screenshot())?.text).toBe(
    session!.connectLink,
  );
  await shot('68-preflight-card');

  // The preset is there for the next handoff, after a reload too.
  await page.reload();
  await page.getByTestId('preflight').locator('summary').click();
  await page.getByTestId('integration-github').check();
  await page.getByTestId('preflight-preset').selectOption({ label: 'GitHub read-only, French' });
  await expect(page.getByTestId('preflight-lang')).toHaveValue('fr');
  await expect(page.getByTestId('preflight-github-userScopes')).toHaveValue('read:user');

  // The preset just applied can be deleted (it asks first); focus then goes to naming a new one.
  await page.getByTestId('preflight-delete-preset').click();
  await expect(page.getByTestId('preflight-delete-preset-confirm')).toBeFocused();
  await shot('85-preflight-delete-preset');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('preflight-feedback')).toContainText('deleted');
  await expect(page.getByTestId('preflight-preset')).toHaveCount(0);
  await expect(page.getByTestId('preflight-preset-name')).toBeFocused();
  await page.reload();
  await page.getByTestId('preflight').locator('summary').click();
  await expect(page.getByTestId('preflight-preset')).toHaveCount(0);
});
