/**
 * The desktop shell in real Electron: the application menu and its commands, a crashed
 * renderer reloaded with a notice, the window's bounds remembered across a restart, and a
 * log file without the secret key. Needs a real Electron binary and `npm run build`; skipped
 * without the binary (the unit tests cover the same logic through a fake `electron`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { HandoffApi } from '../../src-preload/build-api';

const MAIN_ENTRY = resolve('out/main/index.js');
const SECRET_KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(__filename)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
const executablePath = electronBinary();

test.describe('the desktop shell in Electron', () => {
  test.skip(executablePath === null, 'No Electron binary on this machine');

  let userData: string;
  let app: ElectronApplication;
  const launch = () =>
    electron.launch({
      executablePath: executablePath ?? undefined,
      args: [MAIN_ENTRY],
      env: {
        ...(process.env as Record<string, string>),
        HANDOFF_USER_DATA: userData,
        HANDOFF_SECRET_STORE: 'memory',
      },
    });

  test.beforeEach(async () => {
    userData = mkdtempSync(join(tmpdir(), 'handoff-electron-shell-'));
    app = await launch();
  });
  test.afterEach(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('menu commands reach the window; shortcuts are set', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const accelerators = await app.evaluate(({ Menu }) => {
      const menu = Menu.getApplicationMenu();
      return ['new-handoff', 'desk', 'settings', 'open-logs'].map(
        (id) => menu?.getMenuItemById(id)?.accelerator ?? (menu?.getMenuItemById(id) ? '' : null),
      );
    });
    expect(accelerators).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+D', 'CmdOrCtrl+,', '']);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('desk')?.click());
    await expect(page.getByTestId('nav-desk')).toHaveAttribute('aria-current', 'page');
  });

  test('a crashed renderer is reloaded and the user is told', async () => {
    const page = await app.firstWindow();
    await expect(page.getByTestId('nav-handoff')).toBeVisible();
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    );
    const reloaded = await app.firstWindow();
    await expect(reloaded.getByTestId('notice')).toContainText('stopped unexpectedly', {
      timeout: 20_000,
    });
  });

  test('Appearance drives nativeTheme, the page and the window background', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(await app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('system');
    const set = (source: 'light' | 'dark') =>
      page.evaluate(
        (s) =>
          (globalThis as unknown as { handoff: HandoffApi }).handoff.appearance.set({ source: s }),
        source,
      );
    const prefersDark = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { matchMedia: (q: string) => { matches: boolean } }).matchMedia(
            '(prefers-color-scheme: dark)',
          ).matches,
      );
    const background = () =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.getBackgroundColor().toLowerCase(),
      );

    expect(await set('dark')).toMatchObject({ ok: true, data: { source: 'dark', dark: true } });
    expect(await app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
    await expect.poll(prefersDark).toBe(true);
    expect(await background()).toContain('111318');

    expect(await set('light')).toMatchObject({ ok: true, data: { source: 'light', dark: false } });
    await expect.poll(prefersDark).toBe(false);
    expect(await background()).toContain('f3f4f7');
  });

  test('the window opens where it was closed; the log has no secret key', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(async (secretKey) => {
      const api = (globalThis as unknown as { handoff: HandoffApi }).handoff;
      const created = await api.profiles.create({
        name: 'Log test',
        apiBaseUrl: 'http://127.0.0.1:9',
        connectUiBaseUrl: 'https://connect.nango.dev',
      });
      if (created.ok) await api.key.set({ profileId: created.data.id, secretKey });
    }, SECRET_KEY);
    const bounds = { x: 60, y: 50, width: 1000, height: 700 };
    await app.evaluate(
      ({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0]?.setBounds(b),
      bounds,
    );
    await app.close();

    app = await launch();
    await app.firstWindow();
    const restored = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getNormalBounds(),
    );
    expect(restored).toMatchObject({ width: bounds.width, height: bounds.height });

    const log = readFileSync(join(userData, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('starting');
    expect(log).not.toContain(SECRET_KEY);
  });
});
