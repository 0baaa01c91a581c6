/**
 * Electron entry: app lifecycle and wiring only. Everything with logic lives in plain
 * TypeScript (app/, ipc/, services) and is tested without Electron.
 *
 * Environment variables (read only in an unpackaged app, i.e. dev and the Playwright e2e):
 * - `HANDOFF_USER_DATA`: use this directory as userData (settings files and the
 *   single-instance lock), so an e2e run starts from a clean, private state.
 * - `HANDOFF_KEYCHAIN_SERVICE`: store secret keys under this keychain service name instead of
 *   'Handoff', so an e2e run never touches a developer's real items.
 * - `HANDOFF_SECRET_STORE=memory`: keep secret keys in memory only (e2e on a machine with no
 *   Secret Service). Never a plaintext file, and never in a packaged app.
 * - `HANDOFF_DEMO_API_URL` + `HANDOFF_DEMO_SECRET_KEY` (with `HANDOFF_SECRET_STORE=memory`):
 *   start with a demo profile on the fake Nango (`npm run demo`, e2e/demo/run-demo.ts).
 * - `ELECTRON_RENDERER_URL`: set by `electron-vite dev`; load the renderer from the dev server.
 */
import { resolve, join } from 'node:path';
import { app, BrowserWindow, nativeTheme, session } from 'electron';
import ElectronStore from 'electron-store';
import { createApp } from './app/create-app';
import { readDemoProfile, setUpDemoProfile } from './app/demo-profile';
import { installAppGuards } from './electron/app-guards';
import { declareAppIdentity } from './electron/app-identity';
import { installQuitGuard } from './electron/quit-guard';
import { installAppMenu } from './electron/app-menu';
import { startMainLog } from './electron/main-log';
import { watchRenderer } from './electron/renderer-recovery';
import { cspForTarget, installCspHeader } from './electron/content-security-policy';
import { createMainWindow } from './electron/create-main-window';
import { createContentProtection } from './electron/content-protection';
import { electronDesktop } from './electron/electron-desktop';
import { closeLibraryChannels, createBroadcaster, registerIpc } from './electron/ipc-bridge';
import { createNetFetch } from './electron/net-fetch';
import { watchOsOnline } from './electron/online-events';
import { rendererDocumentUrl, resolveRendererTarget } from './electron/renderer-target';
import { createWindowRegistry } from './electron/window-registry';
import { createWindowTheme } from './electron/window-theme';
import { rememberWindowState, restoredBounds } from './electron/window-state';
import { CrashLoopGuard } from './crash/crash-loop-guard';
import { createIpcRouter } from './ipc/ipc-router';
import { createAppDocumentMatcher, createSenderPolicy } from './ipc/sender-policy';
import { KeyringSecretStore } from './keychain/keyring-secret-store';
import { MemorySecretStore } from './keychain/memory-secret-store';
import { registeringSecretStore } from './logging/secret-registry';
import { systemClock } from './platform/clock';
import { resourcePath } from './platform/resource-path';
import { createConfBackend } from './store/conf-backend';
import { openWindowStateStore } from './window-state/window-state-store';

// Before the lock: the single-instance lock lives in userData, so a private e2e userData
// does not collide with a running copy of the app.
const testOverrides: NodeJS.ProcessEnv = app.isPackaged ? {} : process.env;
const userDataOverride = testOverrides['HANDOFF_USER_DATA'];
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

// First: everything after this is logged (redacted) and uncaught errors are caught.
const mainLog = startMainLog(
  userDataOverride ? { userDataOverride: resolve(userDataOverride) } : {},
);
const log = (message: string): void => mainLog.log.info(message);

// Every key read or written is registered, so the log redacts it whatever its shape.
const secretStore = registeringSecretStore(
  testOverrides['HANDOFF_SECRET_STORE'] === 'memory'
    ? new MemorySecretStore()
    : new KeyringSecretStore({ service: testOverrides['HANDOFF_KEYCHAIN_SERVICE'] || undefined }),
  mainLog.secrets,
);
const demoProfile = readDemoProfile(testOverrides);

// Sandbox every renderer, including any created by mistake without webPreferences.
app.enableSandbox();
declareAppIdentity(app, process.platform);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const windows = createWindowRegistry<BrowserWindow>();
  const contentProtection = createContentProtection(() => windows.windows());
  const windowTheme = createWindowTheme(nativeTheme, () => windows.windows());
  const renderer = resolveRendererTarget({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererFile: join(__dirname, '../renderer/index.html'),
  });
  const rendererUrl = rendererDocumentUrl(renderer);

  const openStore = (name: string) =>
    createConfBackend(ElectronStore, { cwd: app.getPath('userData'), name });

  app.on('second-instance', () => {
    const [window] = windows.windows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      installAppGuards({ isAppDocument: createAppDocumentMatcher(rendererUrl), log });
      installCspHeader(session.defaultSession, cspForTarget(renderer));

      // electron-store registers a channel of its own on first use; let it do so now, once,
      // and remove it, so only contract channels (behind the sender policy) answer.
      ElectronStore.initRenderer();
      closeLibraryChannels();

      // Nango calls go through Chromium's network stack (system proxy, PAC, proxies that sign
      // in with the system account), in dev as in the packaged app, so both behave alike on a
      // company network. A private in-memory session: no cookies or cache from the window,
      // and nothing of the API's left on disk. The harness runs the same client on Node's fetch.
      const apiSession = session.fromPartition('handoff-nango-api', { cache: false });
      const services = createApp({
        clock: systemClock,
        fetch: createNetFetch((url, init) => apiSession.fetch(url, init)),
        secretStore,
        dataDir: app.getPath('userData'),
        openStore,
        desktop: {
          ...electronDesktop,
          setContentProtection: (enabled) => contentProtection.set(enabled),
          contentProtectionSupported: contentProtection.supported,
          setThemeSource: (source) => windowTheme.setThemeSource(source),
          usesDarkColors: () => windowTheme.usesDarkColors(),
          onThemeChange: (listener) => windowTheme.onThemeChange(listener),
        },
        emit: createBroadcaster(() => windows.windows()),
      });
      const router = createIpcRouter(
        services.handlers,
        createSenderPolicy({ isOurWebContents: (id) => windows.hasWebContents(id), rendererUrl }),
        (message) => mainLog.log.warn(message),
      );
      const unregisterIpc = registerIpc(router);
      const stopOnlineWatch = watchOsOnline((online) => services.network.setOsOnline(online));

      const openWindow = (): BrowserWindow => {
        const windowState = openWindowStateStore(openStore('window-state'), log);
        const window = createMainWindow({
          preloadPath: join(__dirname, '../preload/index.js'),
          iconPath: resourcePath('icon.png', {
            isPackaged: app.isPackaged,
            resourcesPath: process.resourcesPath,
            appPath: app.getAppPath(),
          }),
          renderer,
          bounds: restoredBounds(windowState),
          backgroundColor: windowTheme.backgroundColor(),
          log,
        });
        rememberWindowState(window, windowState, log);
        contentProtection.applyTo(window);
        watchRenderer(window, {
          guard: new CrashLoopGuard({ clock: systemClock }),
          clock: systemClock,
          log,
          notify: (level, message) => services.notices.add(level, message),
          quit: () => app.quit(),
        });
        return windows.add(window);
      };

      installAppMenu({
        windows: () => windows.windows(),
        focusedWindow: () => {
          const focused = BrowserWindow.getFocusedWindow();
          return focused && windows.hasWebContents(focused.webContents.id) ? focused : null;
        },
        openWindow,
        logsFolder: mainLog.folder,
        log,
      });
      if (demoProfile) {
        // A failed key test still leaves the profile and key in place; the user sees why.
        await setUpDemoProfile(services, demoProfile).catch(() => log('demo: key test failed'));
      }
      openWindow();
      // macOS keeps the app running with no window; the dock icon brings one back.
      app.on('activate', () => {
        if (windows.windows().length === 0) openWindow();
      });
      installQuitGuard(app, () => services.beforeQuit(), log);
      app.once('will-quit', () => {
        stopOnlineWatch();
        unregisterIpc();
        services.dispose();
        windowTheme.dispose();
      });
    })
    .catch((error: unknown) => {
      mainLog.log.error('start-up failed', error);
      app.exit(1);
    });
}
