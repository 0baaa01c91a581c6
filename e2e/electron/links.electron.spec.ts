/**
 * Issue 11's flows in real Electron, at smoke level: the quit prompt on Electron's own
 * `before-quit` and `app.quit()`, and Revoke all from the application menu. A native message
 * box cannot be clicked, so `dialog.showMessageBox` is replaced in main by one that records
 * the question and presses the button a test names. Needs a real Electron binary and
 * `npm run build`; skipped without the binary (e2e/flows/links.spec.ts covers the same flows
 * in the harness).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { startFakeNango, type FakeNango } from '../../test-support/fake-nango';
import { createLinks, electronBinary, launchHandoff, MAIN_ENTRY } from './electron-app';

const SECRET_KEY = '5a7e0c3d-2b1f-4e6a-9c8d-7f6e5d4c3b2a';
const executablePath = electronBinary();

/** What the stub keeps in main's global scope. */
interface QuitStub {
  quitPrompts: string[];
  quitAnswer: string;
}

/** Replaces the message box in main: it records each question and presses `quitAnswer`. */
async function stubMessageBox(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ dialog }) => {
    const stub = globalThis as unknown as QuitStub;
    stub.quitPrompts = [];
    stub.quitAnswer = 'Cancel';
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; buttons?: string[] };
      stub.quitPrompts.push(options.message);
      const response = options.buttons?.indexOf(stub.quitAnswer) ?? -1;
      return { response: response < 0 ? 0 : response, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
}

const answerQuitWith = (app: ElectronApplication, label: string) =>
  app.evaluate((_electron, answer) => {
    (globalThis as unknown as QuitStub).quitAnswer = answer;
  }, label);
const quitPrompts = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as QuitStub).quitPrompts);
/**
 * What Cmd+Q, the menu's Quit or closing the last window do. Its answer may be lost when the
 * app quits at once; what happened is checked by the prompts and the `close` event instead.
 */
const askToQuit = (app: ElectronApplication) =>
  app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
const windowCount = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

test.describe('links in Electron', () => {
  test.skip(executablePath === null, 'No Electron binary on this machine');

  let nango: FakeNango;
  let app: ElectronApplication;
  let page: Page;
  let userData: string;
  let closed: boolean;

  test.beforeEach(async () => {
    expect(existsSync(MAIN_ENTRY), 'run `npm run build` before the Electron specs').toBe(true);
    nango = await startFakeNango({ connectUiBase: 'https://connect.nango.dev' });
    nango.addKey(SECRET_KEY);
    userData = mkdtempSync(join(tmpdir(), 'handoff-electron-links-'));
    app = await launchHandoff(executablePath as string, userData);
    closed = false;
    app.once('close', () => {
      closed = true;
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await stubMessageBox(app);
  });

  test.afterEach(async () => {
    if (!closed) {
      // Live links left by a failed test must not hold the app open at its own prompt.
      await answerQuitWith(app, 'Keep them and quit').catch(() => undefined);
      await app.close();
    }
    await nango?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('quitting with a live link asks: Cancel stays; "Revoke all and quit" revokes it, then quits', async () => {
    await createLinks(page, { apiBaseUrl: nango.url, secretKey: SECRET_KEY, customers: ['cus_q'] });
    await expect(page.getByTestId('session-card')).toHaveCount(1);

    await askToQuit(app);
    await expect.poll(() => quitPrompts(app)).toEqual(['1 connect link is still live.']);
    expect(await windowCount(app)).toBe(1);
    expect(closed).toBe(false);
    expect(nango.sessions().map((s) => s.revoked)).toEqual([false]);

    await answerQuitWith(app, 'Revoke all and quit');
    const exited = app.waitForEvent('close', { timeout: 20_000 });
    await askToQuit(app);
    await exited;
    // Nango confirmed the revoke before the app let itself quit.
    expect(nango.sessions().map((s) => s.revoked)).toEqual([true]);
  });

  test('Revoke all from the menu revokes every live link and says so; quitting then asks nothing', async () => {
    await createLinks(page, {
      apiBaseUrl: nango.url,
      secretKey: SECRET_KEY,
      customers: ['cus_a', 'cus_b'],
    });
    await expect(page.getByTestId('session-card')).toHaveCount(2);

    await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()?.getMenuItemById('revoke-all')?.click(),
    );
    await expect(page.getByTestId('revoke-all-confirm')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('revoke-all-summary')).toHaveText('Revoked 2 links.');
    expect(nango.sessions().map((s) => s.revoked)).toEqual([true, true]);

    // The stub would press Cancel: the app can only quit because nothing is live to ask about.
    const exited = app.waitForEvent('close', { timeout: 20_000 });
    await askToQuit(app);
    await exited;
  });
});
