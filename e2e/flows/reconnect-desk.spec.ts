/**
 * Issue 3's flow: import → worklist → reconnect QR (decoded) → tags resent → repaired; the desk
 * offline and back; a corrupt saved list backed up without losing the app.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FakeNango } from '../../test-support/fake-nango';
import { scanQr, setUpProfile } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

const ACME_TAGS = {
  end_user_id: 'acme-1',
  end_user_email: 'it@acme.example',
  organization_id: 'acme',
};

function seedConnections(nango: FakeNango): void {
  nango.addConnection({
    connection_id: 'acme-gh',
    provider_config_key: 'github',
    tags: ACME_TAGS,
    errors: [{ type: 'auth' }],
  });
  nango.addConnection({
    connection_id: 'globex-slack',
    provider_config_key: 'slack',
    tags: { end_user_id: 'globex-7' },
  });
  nango.addConnection({
    connection_id: 'initech-hubspot',
    provider_config_key: 'hubspot',
    tags: { end_user_id: 'initech-3' },
  });
}

async function openDeskWithImport(
  page: Page,
  nango: FakeNango,
  shot?: (name: string) => Promise<void>,
): Promise<void> {
  await setUpProfile(page, nango.url, SECRET_KEY);
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-capabilities')).toContainText('List connections');
  await page.getByTestId('setup-finish').click();
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('desk-empty')).toBeVisible();
  await shot?.('41-desk-empty');
  await page.getByTestId('desk-add').click();
  await page.getByTestId('desk-add-save').click();
  await expect(page.getByTestId('desk-add-form').getByTestId('field-error').first()).toBeVisible();
  await shot?.('42-desk-add-errors');
  await page.getByTestId('desk-add-cancel').click();
  await page.getByTestId('desk-import-open').click();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-row')).toHaveCount(3);
  for (const box of await page.getByTestId('import-select').all()) await box.check();
  await shot?.('40-desk-import');
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('desk-row')).toHaveCount(3);
}

const row = (page: Page, connectionId: string) =>
  page.locator(`[data-testid="desk-row"][data-connection-id="${connectionId}"]`);

test('support repairs a broken connection with a reconnect QR that keeps its tags', async ({
  page,
  nango,
  openApp,
  advance,
  shot,
}) => {
  seedConnections(nango);
  await openApp();
  await openDeskWithImport(page, nango, shot);

  await page.getByTestId('desk-refresh').click();
  await expect(page.getByTestId('desk-refresh-summary')).toContainText(/1 broken/i);
  await expect(page.getByTestId('desk-row').first()).toHaveAttribute(
    'data-connection-id',
    'acme-gh',
  );
  await expect(row(page, 'acme-gh')).toHaveAttribute('data-health', 'broken');
  await shot('30-desk-broken');

  await row(page, 'acme-gh').getByTestId('desk-reconnect').click();
  const card = page.getByTestId('desk-session').getByTestId('session-card');
  await expect(card).toBeVisible();
  const server = nango.sessions().find((s) => s.kind === 'reconnect')!;
  const link = await scanQr(page, card);
  expect(new URL(link!).searchParams.get('session_token')).toBe(server.token);
  // Always resend the connection's current tags: a reconnect without them wipes them. Plus
  // this handoff's handoff_id, so its completion shows on the connection.
  const sent = { ...ACME_TAGS, handoff_id: server.tags?.['handoff_id'] };
  expect(server.tags).toEqual(sent);
  expect(nango.requests.find((r) => r.path === '/connect/sessions/reconnect')?.body).toMatchObject({
    connection_id: 'acme-gh',
    integration_id: 'github',
    tags: sent,
  });
  await shot('31-desk-reconnect-qr');

  // Pressing Reconnect again would swap the QR the customer may be scanning: it asks first,
  // then says the old link was revoked, and the old token is dead at Nango.
  await row(page, 'acme-gh').getByTestId('desk-reconnect').click();
  await expect(row(page, 'acme-gh').getByTestId('desk-reconnect-confirm')).toBeFocused();
  await shot('44-desk-replace-confirm');
  await row(page, 'acme-gh').getByTestId('desk-reconnect-confirm').click();
  await expect(page.getByTestId('desk-announcement')).toContainText(/previous link was revoked/);
  await expect(page.getByTestId('desk-session')).toBeFocused();
  const replaced = nango.sessions().filter((s) => s.kind === 'reconnect');
  expect(replaced).toHaveLength(2);
  const old = await fetch(`${nango.url}/connect/session`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(old.status).toBe(401);
  const current = replaced.find((s) => s.token !== server.token)!;

  nango.completeSession(current.token);
  await page.getByTestId('desk-refresh').click();
  await expect(row(page, 'acme-gh')).toHaveAttribute('data-health', 'repaired');
  // The completed reconnect's tags: the same, with that reconnect's own handoff_id.
  expect(nango.connections().find((c) => c.connection_id === 'acme-gh')?.tags).toEqual({
    ...ACME_TAGS,
    handoff_id: current.tags?.['handoff_id'],
  });
  // A repaired row never keeps a live link: the refresh completed the session and revoked it.
  await expect
    .poll(() => nango.sessions().find((s) => s.token === current.token)?.revoked)
    .toBe(true);
  await shot('32-desk-repaired');

  // Half an hour on, the words follow the clock: the finished (and revoked) link stays
  // finished, and the check is old news.
  await advance(31 * 60_000);
  const desk = page.getByTestId('desk');
  await expect(card).toHaveAttribute('data-status', 'completed');
  await expect(desk).not.toContainText(/reconnect link ready/i);
  await expect(row(page, 'acme-gh').getByTestId('desk-health')).toBeVisible();
  await expect(row(page, 'acme-gh')).toContainText(/repaired 31 min ago/);
  // ...and the words beside the card still say what the link did: it repaired the row.
  const intro = row(page, 'acme-gh').getByTestId('desk-session-intro');
  await expect(intro).toHaveAttribute('data-status', 'completed');
  await expect(intro).toContainText(/Connection repaired for/);
  await expect(intro).not.toContainText(/expired/i);
  await shot('43-desk-repaired-later');
});

test('offline, the saved list stays browsable and nothing is queued; back online it refreshes', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  seedConnections(nango);
  await openApp();
  await openDeskWithImport(page, nango);
  nango.setFault({ kind: 'drop' });
  await page.getByTestId('desk-refresh').click();
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'false');
  await page.getByTestId('desk-search').fill('globex');
  await expect(page.getByTestId('desk-row')).toHaveCount(1);
  await shot('33-desk-offline');
  const sent = nango.requests.length;
  nango.clearFaults();
  expect(nango.requests.length).toBe(sent);
  await page.getByTestId('network-status').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'true');
  await page.getByTestId('desk-search').fill('');
  await page.getByTestId('desk-refresh').click();
  await expect(row(page, 'acme-gh')).toHaveAttribute('data-health', 'broken');
});

test.describe('a corrupt saved-connections file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-corrupt-'));
  writeFileSync(join(dir, 'connections.json'), '{"version":2,"data":{"connections":[{"id":');
  test.use({ userDataDir: dir });

  test('is kept aside, the user is told, and the desk works', async ({
    page,
    nango,
    openApp,
    shot,
  }) => {
    seedConnections(nango);
    await openApp();
    await expect(page.getByTestId('notice').first()).toContainText(/damaged/);
    expect(readdirSync(dir).some((f) => f.startsWith('connections.corrupt-'))).toBe(true);
    await shot('34-corrupt-store-notice');
    await openDeskWithImport(page, nango);
  });
});
