/**
 * The main flow in the real Electron app: secure window, set a key, create a session, see
 * and scan its QR code, revoke it. Needs a real Electron binary and `npm run build` first;
 * without the binary it skips (the harness specs cover the same flow in Chromium).
 *
 * The app is pointed at a fake Nango through the profile it creates (the API URL is a
 * profile field) and isolated from the machine as electron-app.ts describes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { buildApi, type HandoffApi } from '../../src-preload/build-api';
import { startFakeNango, type FakeNango } from '../../test-support/fake-nango';
import { decodeQrPng } from '../harness/decode-qr';
import { electronBinary, launchHandoff, MAIN_ENTRY } from './electron-app';

const SECRET_KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';

/** The namespaces the preload exposes (`on` and one per contract area), from the real builder. */
const API_NAMESPACES = Object.keys(
  buildApi(
    async () => undefined,
    () => () => undefined,
  ),
).sort();

/** What the page's globals look like from here (this project's node config has no DOM lib). */
interface PageGlobals {
  handoff: HandoffApi;
  require?: unknown;
  process?: unknown;
  open(url: string): unknown;
  location: { href: string };
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
}

const executablePath = electronBinary();
const hasElectronBinary = executablePath !== null;

test.describe('Handoff in Electron', () => {
  test.skip(
    !hasElectronBinary,
    'No Electron binary on this machine (download host unreachable); the harness specs cover the flow',
  );

  let nango: FakeNango;
  let app: ElectronApplication;
  let userData: string;

  test.beforeEach(async () => {
    expect(existsSync(MAIN_ENTRY), 'run `npm run build` before the Electron specs').toBe(true);
    nango = await startFakeNango({ connectUiBase: 'https://connect.nango.dev' });
    nango.addKey(SECRET_KEY);
    nango.addIntegration({ unique_key: 'github', provider: 'github', display_name: 'GitHub' });
    userData = mkdtempSync(join(tmpdir(), 'handoff-electron-e2e-'));
    app = await launchHandoff(executablePath as string, userData);
  });

  test.afterEach(async () => {
    await app?.close();
    await nango?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('secure window, set key, create session, scan QR, revoke', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    // --- The window is locked down (asserted in main, then in the page) ---
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      // Undocumented but long-standing: the preferences the renderer was created with.
      const contents = window?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      return {
        count: BrowserWindow.getAllWindows().length,
        prefs: contents.getLastWebPreferences(),
      };
    });
    expect(prefs.count).toBe(1);
    expect(prefs.prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const page_ = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return {
        require: typeof w.require,
        process: typeof w.process,
        api: Object.keys(w.handoff).sort(),
        csp: w.document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content'),
        popup: w.open('https://example.com/') === null,
      };
    });
    expect(page_).toMatchObject({ require: 'undefined', process: 'undefined', popup: true });
    expect(page_.api).toEqual(API_NAMESPACES);
    expect(page_.csp).toContain("connect-src 'none'");
    const url = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);

    // --- Set up a profile against the fake Nango and store its key, through the real IPC ---
    const session = await page.evaluate(
      async ({ apiBaseUrl, secretKey }) => {
        const api = (globalThis as unknown as PageGlobals).handoff;
        const created = await api.profiles.create({
          name: 'E2E',
          apiBaseUrl,
          connectUiBaseUrl: 'https://connect.nango.dev',
        });
        if (!created.ok) throw new Error(created.error.code);
        const profileId = created.data.id;
        await api.profiles.activate({ id: profileId });
        const key = await api.key.set({ profileId, secretKey });
        if (!key.ok) throw new Error(key.error.code);
        const made = await api.sessions.create({
          profileId,
          tags: { end_user_id: 'e2e-user', end_user_email: 'e2e@example.com' },
          allowedIntegrations: ['github'],
        });
        if (!made.ok) throw new Error(made.error.code);
        return made.data;
      },
      { apiBaseUrl: nango.url, secretKey: SECRET_KEY },
    );
    expect(session.connectLink).toMatch(/^https:\/\/connect\.nango\.dev\/\?session_token=/);

    // --- The card shows a QR code that a phone can read ---
    const card = page.locator(`[data-testid="session-card"][data-session-id="${session.id}"]`);
    const qr = card.getByTestId('session-qr');
    await expect(qr).toBeVisible();
    expect(decodeQrPng(await qr.screenshot())).toBe(session.connectLink);

    // --- Revoke from the card: the code disappears and Nango forgets the token ---
    await card.getByTestId('revoke').click();
    await card.getByTestId('revoke-confirm').click();
    await expect(card.getByTestId('session-qr-dead')).toBeVisible();
    await expect(card.getByTestId('session-qr')).toHaveCount(0);
    expect(nango.sessions().find((s) => session.connectLink.includes(s.token))?.revoked).toBe(true);
  });
});
