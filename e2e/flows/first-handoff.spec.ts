/**
 * Issue 2's flow, end to end through the real main-process code and the production renderer:
 * key setup → create → QR decodes to the link → copy → countdown → revoke → expiry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandoffSession } from '../../src-shared/models/session';
import { createHandoff, scanQr, setUpProfile } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('a rep sets the key, hands over a QR, copies, revokes, and watches one expire', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  await expect(page.getByTestId('profile-form')).toBeVisible();
  // Focus is where the next action is, from the first screen on, never left on <body>.
  await expect(page.getByTestId('profile-name')).toBeFocused();
  await shot('01-first-run');

  await setUpProfile(page, nango.url, SECRET_KEY);
  await expect(page.getByTestId('key-test')).toBeFocused();
  // Saved but not tested: said once, and not "Ready".
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'untested');
  await expect(page.getByTestId('setup-guide')).not.toContainText('Ready');
  await shot('15-key-saved-untested');
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-capabilities')).toContainText('List integrations');
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'tested');
  await expect(page.getByTestId('setup-finish')).toBeFocused();
  await shot('02-key-tested');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('tag-end_user_id')).toBeFocused();

  // Inline validation before anything is sent.
  await page.getByTestId('tag-end_user_email').fill('not-an-email');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('field-error').first()).toBeVisible();
  await shot('03-inline-errors');
  expect(nango.sessions()).toHaveLength(0);
  await page.getByTestId('tag-end_user_email').fill('');

  const card = await createHandoff(
    page,
    { end_user_id: 'cus_4821', end_user_email: 'ada@example.com' },
    ['github'],
  );
  await expect(card).toHaveAttribute('data-status', 'active');
  await shot('04-session-card');

  // The phone reads exactly the link main holds, which points at this server's session.
  const [session] = main.app.sessions.list() as HandoffSession[];
  const [server] = nango.sessions();
  expect(await scanQr(page, card)).toBe(session!.connectLink);
  expect(new URL(session!.connectLink).searchParams.get('session_token')).toBe(server!.token);
  expect(server!.tags).toMatchObject({
    end_user_id: 'cus_4821',
    end_user_email: 'ada@example.com',
    handoff_id: session!.id,
  });

  await card.getByTestId('copy-link').click();
  await expect(card.getByTestId('copy-feedback')).toContainText(/copied/i);
  expect(main.desktop.clipboard).toBe(session!.connectLink);

  await expect(card.getByTestId('session-countdown')).toHaveText('30:00');
  await advance(10 * 60_000);
  await expect(card.getByTestId('session-countdown')).toHaveText('20:00');
  await advance(6 * 60_000 + 30_000);
  await expect(card.getByTestId('session-countdown')).toHaveText('13:30');

  await card.getByTestId('revoke').click();
  await card.getByTestId('revoke-confirm').click();
  await expect(card).toHaveAttribute('data-status', 'revoked');
  await expect(card.getByTestId('dismiss')).toBeFocused();
  await expect(card.getByTestId('session-qr')).toHaveCount(0);
  const check = await fetch(`${nango.url}/connect/session`, {
    headers: { Authorization: `Bearer ${server!.token}` },
  });
  expect(check.status).toBe(401);
  expect(await check.json()).toMatchObject({ error: { code: 'unknown_connect_session_token' } });
  await shot('05-revoked');

  // A second link runs out: revoke is disabled and the QR is gone.
  const second = await createHandoff(page, { end_user_id: 'cus_9000' });
  await advance(30 * 60_000);
  await expect(second).toHaveAttribute('data-status', 'expired');
  await expect(second.getByTestId('revoke')).toBeDisabled();
  await expect(second.getByTestId('session-qr')).toHaveCount(0);
  await shot('06-expired');
  await second.getByTestId('dismiss').click();
  await expect(page.getByTestId('session-card')).toHaveCount(1);

  // The secret key never reached the renderer: not the DOM, not a result, not an event, not disk.
  expect(await page.content()).not.toContain(SECRET_KEY);
  expect(JSON.stringify(main.results)).not.toContain(SECRET_KEY);
  expect(JSON.stringify(main.events)).not.toContain(SECRET_KEY);
  for (const file of readdirSync(main.userDataDir)) {
    expect(readFileSync(join(main.userDataDir, file), 'utf8')).not.toContain(SECRET_KEY);
  }
});
