/**
 * Issue 12: private mode keeps the code out of screen shares, and the link can be delivered
 * by e-mail or as a message without showing it, built in main so the renderer never sees it.
 */
import { createHandoff, finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('private mode protects the window while a code is on show, not while presenting', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const indicator = page.getByTestId('private-mode');
  await expect(indicator).toHaveText(/Private mode on/);
  expect(main.desktop.protecting).toBe(false);

  const card = await createHandoff(page, { end_user_id: 'cus_3001' }, ['github']);
  await expect(indicator).toHaveAttribute('data-protecting', 'true');
  await expect(indicator).toContainText('hidden from sharing');
  expect(main.desktop.protecting).toBe(true);
  await shot('64-private-mode-indicator');

  await card.getByTestId('present').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect.poll(() => main.desktop.protecting).toBe(false);
  await page.keyboard.press('Escape');
  await expect.poll(() => main.desktop.protecting).toBe(true);

  await indicator.click();
  await expect(indicator).toHaveAttribute('aria-pressed', 'false');
  await expect(indicator).toContainText('Private mode off');
  expect(main.desktop.protecting).toBe(false);
  await shot('65-private-mode-off');
  await indicator.click();
  await expect(indicator).toHaveAttribute('data-protecting', 'true');

  // Revoking the only live code leaves nothing to hide.
  await card.getByTestId('revoke').click();
  await card.getByTestId('revoke-confirm').click();
  await expect(indicator).toHaveAttribute('data-protecting', 'false');
  expect(main.desktop.protecting).toBe(false);
});

test('send by e-mail and copy as message: the text with the link is built in main', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);

  // An edited template, in Settings.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('template-subject').fill('Connect {integrations}');
  await page.getByTestId('template-body').fill('Hi {customer}, no link here');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('message-template').getByTestId('field-error')).toContainText(
    '{link}',
  );
  await page
    .getByTestId('template-body')
    .fill('Hi {customer},\nopen {link}\nIt works until {expires}.');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-feedback')).toHaveText('Message saved.');
  await page.getByTestId('message-template').scrollIntoViewIfNeeded();
  await shot('66-message-template');
  await page.getByTestId('nav-handoff').click();

  const card = await createHandoff(
    page,
    { end_user_id: 'cus_3002', end_user_email: 'ada@example.com' },
    ['github'],
  );
  const [session] = main.app.sessions.list();
  const resultsBefore = main.results.length;

  await card.getByTestId('email-link').click();
  await expect(card.getByTestId('copy-feedback')).toContainText('mail app');
  expect(main.desktop.mailed).toHaveLength(1);
  const mailto = main.desktop.mailed[0]!;
  expect(mailto.startsWith('mailto:ada@example.com?')).toBe(true);
  const query = new URLSearchParams(mailto.slice(mailto.indexOf('?') + 1));
  expect(query.get('subject')).toBe('Connect github');
  expect(query.get('body')).toMatch(
    new RegExp(`^Hi ada@example\\.com,\\r\\nopen .+\\r\\nIt works until \\d\\d:\\d\\d`),
  );
  expect(query.get('body')).toContain(session!.connectLink);
  expect(main.desktop.opened).toEqual([]);

  await card.getByTestId('copy-message').click();
  await expect(card.getByTestId('copy-feedback')).toContainText('Message with the link copied');
  expect(main.desktop.clipboard).toContain(`open ${session!.connectLink}\n`);

  // What came back to the renderer for those two actions: nothing but `null`.
  expect(main.results.slice(resultsBefore)).toEqual(
    expect.arrayContaining([{ ok: true, data: null }]),
  );
  expect(JSON.stringify(main.results.slice(resultsBefore))).not.toContain('open http');
  expect(await page.content()).not.toContain('It works until');
});
