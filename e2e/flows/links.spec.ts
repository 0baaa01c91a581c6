/**
 * Issue 11, end to end through the real main-process code and the production renderer: every
 * link the app made is live on screen or verifiably dead. The customer completes → Connected and
 * revoked at the server; a restart brings live cards back with their real time left; a revoke
 * offline is queued and lands once the network is back; quitting with live links asks; Revoke
 * all; the ledger, searched and exported as CSV.
 */
import { readFileSync } from 'node:fs';
import { createHandoff, finishSetup } from '../harness/app-driver';
import { expect, SECRET_KEY, test, type Page } from '../harness/fixtures';

/** The card of the session whose `handoff_id` is `id`. */
const cardOf = (page: Page, id: string) => page.locator(`[data-session-id="${id}"]`);

test('the customer completes: the card turns Connected, the link is revoked, a notification is sent', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const card = await createHandoff(
    page,
    { end_user_id: 'cus_4821', end_user_email: 'ada@example.com' },
    ['github'],
  );
  const [server] = nango.sessions();
  expect(server?.tags).toMatchObject({ handoff_install: expect.any(String) });

  // The customer finishes on their phone; the fake server makes the connection with the tags.
  nango.completeSession(server!.token, { connection_id: 'conn-ada-github' });
  await advance(5_000);
  await expect(card).toHaveAttribute('data-status', 'completed');
  await expect(card.getByTestId('completion')).toContainText('conn-ada-github');
  await expect(card.getByTestId('completion')).toContainText('github');
  await expect(card.getByTestId('session-qr')).toHaveCount(0);
  await expect.poll(() => nango.sessions()[0]?.revoked).toBe(true);
  expect(main.desktop.notifications).toEqual([
    { title: 'Customer connected', body: expect.stringContaining('conn-ada-github') },
  ]);
  await shot('50-connected');

  // Offered to the desk, with the connection's tags.
  await card.getByTestId('save-to-desk').click();
  await expect(card.getByTestId('save-to-desk')).toHaveText('Saved to desk');
  expect(main.app.connections.list()[0]).toMatchObject({ connectionId: 'conn-ada-github' });
});

test('a revoke offline is queued as "revoke pending" and lands at the server once back online', async ({
  page,
  nango,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const card = await createHandoff(page, { end_user_id: 'cus_offline' });
  nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
  // By keyboard: Revoke, then Enter on its confirmation.
  await card.getByTestId('revoke').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('revoke-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('data-revoke-pending', 'true');
  await expect(card.getByTestId('revoke-pending')).toContainText('offline');
  // The keyboard's next action: retry it now (the confirm button it replaced is gone).
  await expect(card.getByTestId('revoke-retry')).toBeFocused();
  await expect(card.getByTestId('session-qr')).toHaveCount(0);
  await expect(card.getByTestId('copy-link')).toBeDisabled();
  expect(nango.sessions()[0]?.revoked).toBe(false);
  await shot('51-revoke-pending');

  // Retrying while still offline tries once more, stays queued, and keeps focus on the retry.
  const attempts = nango.requests.length;
  await page.keyboard.press('Enter');
  await expect.poll(() => nango.requests.length).toBe(attempts + 1);
  await expect(card.getByTestId('revoke-retry')).toHaveText('Retry revoke now');
  await expect(card).toHaveAttribute('data-revoke-pending', 'true');
  await expect(card.getByTestId('revoke-retry')).toBeFocused();

  nango.clearFaults();
  // Two failed attempts: the next is 15 s on (retry-delay.ts).
  await advance(15_000);
  await expect.poll(() => nango.sessions()[0]?.revoked).toBe(true);
  await expect(card).toHaveAttribute('data-status', 'revoked');
  await expect(card).not.toHaveAttribute('data-revoke-pending', 'true');
  // The retry button went with the queue: focus goes to the card's next action, Dismiss.
  await expect(card.getByTestId('dismiss')).toBeFocused();
});

test('after a restart, live cards are back with their real time left, and revocable', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await createHandoff(page, { end_user_id: 'cus_early' });
  await advance(10 * 60_000);
  await createHandoff(page, { end_user_id: 'cus_late' });
  const [early, late] = main.app.sessions.list().reverse();

  await main.restart();
  await page.reload();
  await expect(page.getByTestId('session-card')).toHaveCount(2);
  // Both were checked with Nango by their own token, and show their real remaining time.
  await expect(cardOf(page, late!.id)).toHaveAttribute('data-status', 'active');
  await expect(cardOf(page, early!.id)).not.toHaveAttribute('data-verification', /.+/);
  await expect(cardOf(page, early!.id).getByTestId('session-countdown')).toHaveText('20:00');
  await expect(cardOf(page, late!.id).getByTestId('session-countdown')).toHaveText('30:00');
  await shot('52-restored');

  await cardOf(page, early!.id).getByTestId('revoke').click();
  await cardOf(page, early!.id).getByTestId('revoke-confirm').click();
  await expect(cardOf(page, early!.id)).toHaveAttribute('data-status', 'revoked');
  const earlyToken = nango.sessions().find((s) => s.tags?.['handoff_id'] === early!.id)?.token;
  expect(nango.sessions().find((s) => s.token === earlyToken)?.revoked).toBe(true);
});

test('restored offline, a card says unverified and is checked when the network is back', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const card = await createHandoff(page, { end_user_id: 'cus_unverified' });
  nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
  await main.restart();
  await page.reload();
  await expect(card).toHaveAttribute('data-verification', 'unverified');
  await expect(card.getByTestId('unverified')).toBeVisible();
  await shot('53-restored-unverified');
  nango.clearFaults();
  await page.getByTestId('network-status').getByRole('button', { name: 'Retry' }).click();
  await expect(card).not.toHaveAttribute('data-verification', /.+/);
  await expect(card).toHaveAttribute('data-status', 'active');
});

test('quitting with live links asks; Revoke all (button and menu) says what was revoked', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await createHandoff(page, { end_user_id: 'cus_a' });
  await createHandoff(page, { end_user_id: 'cus_b' });

  main.desktop.quitAnswer = 'cancel';
  expect(await main.app.beforeQuit()).toMatchObject({ quit: false });
  expect(main.desktop.quitPrompts).toEqual([{ liveLinks: 2 }]);
  expect(nango.sessions().every((s) => !s.revoked)).toBe(true);

  // The menu command opens Revoke all's question with focus on its confirm button.
  main.chooseMenu('revoke-all');
  await expect(page.getByTestId('revoke-all-confirm')).toBeFocused();
  await shot('54-revoke-all-question');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('revoke-all-summary')).toHaveText('Revoked 2 links.');
  expect(nango.sessions().every((s) => s.revoked)).toBe(true);
  await shot('55-revoke-all-summary');

  // Nothing live any more: quitting does not ask.
  expect(await main.app.beforeQuit()).toEqual({ quit: true, choice: 'no-live-links' });
  await createHandoff(page, { end_user_id: 'cus_c' });
  main.desktop.quitAnswer = 'revoke-and-quit';
  expect(await main.app.beforeQuit()).toMatchObject({
    quit: true,
    revoked: { revoked: 1, queued: 0 },
  });
});

test('the ledger lists every link with its outcome, searches, and exports a safe CSV', async ({
  page,
  nango,
  main,
  openApp,
  advance,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  const done = await createHandoff(page, {
    end_user_id: 'cus_done',
    end_user_email: 'ada@example.com',
  });
  nango.completeSession(nango.sessions()[0]!.token, { connection_id: 'conn-ada' });
  await advance(5_000);
  await expect(done).toHaveAttribute('data-status', 'completed');
  // A customer id that a spreadsheet would run as a formula.
  const evil = await createHandoff(page, { end_user_id: '=HYPERLINK("http://evil.test","x")' });
  await evil.getByTestId('revoke').click();
  await evil.getByTestId('revoke-confirm').click();
  await expect(evil).toHaveAttribute('data-status', 'revoked');
  await createHandoff(page, { end_user_id: 'cus_live' });

  await page.getByTestId('nav-ledger').click();
  const rows = page.getByTestId('ledger-row');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('[data-outcome="connected"]')).toContainText('conn-ada');
  await expect(page.locator('[data-outcome="revoked"]')).toHaveCount(1);
  await expect(page.locator('[data-outcome="live"]')).toHaveCount(1);
  await shot('56-ledger');

  await page.getByTestId('ledger-search').fill('connected');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('ledger-status')).toHaveText('1 of 3 links');
  await page.getByTestId('ledger-search').fill('');
  await expect(rows).toHaveCount(3);

  await page.getByTestId('ledger-export').click();
  await expect(page.getByTestId('ledger-status')).toContainText('Exported 3 rows');
  const [path] = main.desktop.saved;
  const csv = readFileSync(path!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    'Created,Customer,Kind,Profile,Integrations,Outcome,Outcome at,Connection id,Connected integration,Tags,Note,Handoff id',
  );
  expect(lines).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
  expect(csv).toContain(',conn-ada,');
  // Quoted per RFC 4180 and neutralised: the cell starts with ' inside the quotes.
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
  expect(csv).not.toContain('nango_connect_session_');
  expect(csv).not.toContain(SECRET_KEY);
});
