/**
 * Issue 10 items 6 and 7, seen by a person: a damaged profiles file in a data folder that is
 * really read-only (a tmpfs remounted read-only as root, chmod otherwise). The app starts,
 * says what happened and what to do, refuses edits with the reason, and once the folder is
 * writable again the next start keeps a copy of the damaged file and says where.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRealDisk, type RealDisk } from '../../src-main/store/testing/real-disk';
import { setUpProfile } from '../harness/app-driver';
import { expect, SECRET_KEY, test as base } from '../harness/fixtures';

const CORRUPT = '{"version":1,"data":{"profiles":[{"id":"p1"';

/** One read-only folder with a damaged profiles file, shared by the tests below in order. */
const test = base.extend<object, { disk: RealDisk | null }>({
  disk: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const disk = openRealDisk();
      if (disk) {
        writeFileSync(join(disk.dir, 'profiles.json'), CORRUPT);
        disk.makeReadOnly();
      }
      await use(disk);
      disk?.dispose();
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });
test.use({ userDataDir: async ({ disk }, use) => use(disk?.dir) });

test('a damaged profiles file in a read-only folder: the app starts, explains, refuses edits with the reason, and never loses the file', async ({
  page,
  nango,
  disk,
  openApp,
  shot,
}) => {
  test.skip(!disk, 'this machine cannot make a folder read-only for real');
  await openApp();
  const notice = page.getByTestId('notice').first();
  await expect(notice).toContainText(/profiles file was damaged/);
  await expect(notice).toContainText(/could not be copied aside because Handoff cannot write/);
  await expect(notice).toContainText(/read-only/);
  await shot('35-storage-degraded-start');

  await page.getByTestId('profile-name').fill('Production');
  await page.getByTestId('profile-api-url').fill(nango.url);
  await page.getByTestId('profile-save').click();
  await expect(page.getByText(/Your profiles cannot be saved/).first()).toBeVisible();
  await shot('36-storage-save-refused');
  expect(readFileSync(join(disk!.dir, 'profiles.json'), 'utf8')).toBe(CORRUPT);
  // The user fixes the folder; the next test's app (set up before its body runs) starts then.
  disk!.makeWritable();
});

test('once the folder is writable, the next start keeps a copy of the damaged file and says where', async ({
  page,
  nango,
  disk,
  openApp,
}) => {
  test.skip(!disk, 'this machine cannot make a folder read-only for real');
  await openApp();
  await expect(page.getByTestId('notice').first()).toContainText(
    /damaged.*A copy was kept at .*profiles\.corrupt-/,
  );
  const copies = readdirSync(disk!.dir).filter((f) => f.startsWith('profiles.corrupt-'));
  expect(copies.map((f) => readFileSync(join(disk!.dir, f), 'utf8'))).toEqual([CORRUPT]);
  await setUpProfile(page, nango.url, SECRET_KEY);
});
