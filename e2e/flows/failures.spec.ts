/**
 * Bad days, through the real app: offline and back, a rejected key, the rate limit, and a
 * locked keychain. Each gives a clear message and loses nothing the rep typed.
 */
import { MemorySecretStore } from '../../src-main/keychain/memory-secret-store';
import { finishSetup, setUpProfile } from '../harness/app-driver';
import { expect, SECRET_KEY, test } from '../harness/fixtures';

test('offline: the form keeps its values, the header says so, and Retry recovers without a restart', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').fill('cus_offline');
  nango.setFault({ kind: 'drop' });
  await page.getByTestId('create-submit').click();
  const form = page.getByTestId('create-form');
  await expect(form.getByRole('alert')).toContainText(/offline/i);
  // The whole message and its "Check connection" are on screen, not clipped by the form panel.
  await expect(form.getByRole('alert')).toBeInViewport({ ratio: 0.99 });
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'false');
  await expect(page.getByTestId('tag-end_user_id')).toHaveValue('cus_offline');
  await shot('10-offline');

  nango.clearFaults();
  await page.getByTestId('network-status').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'true');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('session-card')).toHaveCount(1);
});

test('a key Nango rejects is flagged as invalid in setup, with what to do', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  await openApp();
  await setUpProfile(page, nango.url, '11111111-2222-4333-8444-555555555555');
  await page.getByTestId('key-test').click();
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('key-status')).toContainText(/rejected/i);
  // One status, one message: the rejection once, and no "not tested yet" beside it.
  const guide = page.getByTestId('setup-guide');
  expect(((await guide.textContent()) ?? '').match(/rejected/gi)).toHaveLength(1);
  await expect(guide).not.toContainText(/not tested/i);
  await expect(page.getByTestId('key-input')).toBeFocused();
  await shot('11-key-rejected');
});

test('a key Nango rejects mid-session keeps the form and what the rep typed', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  const NEW_KEY = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('tag-end_user_id').fill('cus_midway');
  await page.getByTestId('tag-end_user_email').fill('ada@example.com');
  await page.getByTestId('integration-slack').check();
  nango.removeKey(SECRET_KEY);
  await page.getByTestId('create-submit').click();

  const form = page.getByTestId('create-form');
  await expect(form.getByRole('alert')).toContainText(/No link was created/);
  await expect(page.getByTestId('key-repair')).toContainText(/Nango rejected this key/);
  await expect(page.getByTestId('setup-guide')).toHaveCount(0);
  await expect(page.getByTestId('tag-end_user_id')).toHaveValue('cus_midway');
  await expect(page.getByTestId('tag-end_user_email')).toHaveValue('ada@example.com');
  await expect(page.getByTestId('integration-slack')).toBeChecked();
  await expect(page.getByTestId('key-input')).toBeFocused();
  expect(nango.sessions()).toHaveLength(0);
  await shot('17-key-rejected-mid-session');

  // A current key, and the same link again without typing anything twice.
  nango.addKey(NEW_KEY);
  await page.getByTestId('key-input').fill(NEW_KEY);
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('key-repair')).toHaveAttribute('data-fixed', 'true');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('session-card')).toHaveCount(1);
  expect(nango.sessions()[0]?.tags).toMatchObject({
    end_user_id: 'cus_midway',
    end_user_email: 'ada@example.com',
  });
  expect(nango.sessions()[0]?.allowedIntegrations).toEqual(['slack']);
  await expect(page.getByTestId('key-repair')).toHaveCount(0);
});

test('the rate limit gives a retry time instead of a failure', async ({
  page,
  nango,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  // One request a minute: the first link is made, the second is over the limit.
  nango.setRateLimit({ limit: 1, windowMs: 60_000 });
  await page.getByTestId('tag-end_user_id').fill('cus_first');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('session-card')).toHaveCount(1);
  await page.getByTestId('tag-end_user_id').fill('cus_busy');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-form').getByRole('alert')).toContainText(
    /rate limit.*try again in/i,
  );
  await expect(page.getByTestId('tag-end_user_id')).toHaveValue('cus_busy');
  await shot('12-rate-limited');
});

test.describe('a locked keychain', () => {
  const store = new MemorySecretStore();
  test.use({ secretStore: store });

  test('is its own state with its own message, and a retry works once unlocked', async ({
    page,
    nango,
    openApp,
    shot,
  }) => {
    await openApp();
    await page.getByTestId('profile-name').fill('Production');
    await page.getByTestId('profile-api-url').fill(nango.url);
    await page.getByTestId('profile-save').click();
    store.setFault('locked');
    await page.getByTestId('key-input').fill(SECRET_KEY);
    await page.getByTestId('key-save').click();
    await expect(page.getByText(/keychain is locked/i).first()).toBeVisible();
    await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'locked');
    // Nothing was lost: the key is still in the box to save again.
    await expect(page.getByTestId('key-input')).toHaveValue(SECRET_KEY);
    await shot('13-keychain-locked');
    store.setFault(null);
    await page.getByTestId('key-save').click();
    await expect(page.getByTestId('key-status')).toHaveAttribute('data-status', 'ok');
  });
});

test('the renderer is sandboxed: no Node, no network, only the contract API', async ({
  page,
  nango,
  openApp,
}) => {
  await openApp();
  const probe = await page.evaluate(async (url) => {
    const g = globalThis as Record<string, unknown>;
    let fetchBlocked = false;
    try {
      await fetch(url);
    } catch {
      fetchBlocked = true;
    }
    const api = g['handoff'] as Record<string, unknown>;
    return {
      require: typeof g['require'],
      process: typeof g['process'],
      fetchBlocked,
      apiKeys: Object.keys(api).sort(),
    };
  }, `${nango.url}/integrations`);
  expect(probe).toEqual({
    require: 'undefined',
    process: 'undefined',
    fetchBlocked: true,
    apiKeys: [
      'app',
      'appearance',
      'connections',
      'delivery',
      'integrations',
      'key',
      'ledger',
      'network',
      'on',
      'preflight',
      'privacy',
      'profiles',
      'sessions',
      'window',
    ],
  });
  // And the only traffic the fake server saw came from main.
  expect(nango.requests).toHaveLength(0);
});
