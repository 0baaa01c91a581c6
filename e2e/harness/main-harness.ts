/**
 * The main process, minus Electron: the real createApp (services, Nango client, keychain
 * vault, stores), the real IPC router and sender policy, wired to a Playwright page instead
 * of ipcMain and a BrowserWindow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppEvent, EventPayloads, MenuCommand } from '../../src-shared/contract/events';
import { KeyringSecretStore } from '../../src-main/keychain/keyring-secret-store';
import { MemorySecretStore } from '../../src-main/keychain/memory-secret-store';
import type { SecretStore } from '../../src-main/keychain/secret-store';
import type { Clock } from '../../src-main/platform/clock';
import { pageBridgeScript } from './bundle-page-bridge';
import type { HandoffApp } from '../../src-main/app/create-app';
import type { RecordingDesktop } from '../../test-support/recording-desktop';
import { HARNESS_WEB_CONTENTS_ID, wireMain } from '../../test-support/wire-main';

/** True when CI (or a developer) started a real Secret Service for this run. */
const realKeyring = process.env['HANDOFF_REAL_KEYRING'] === '1';

/** Options for one harness. */
export interface HarnessOptions {
  /** A ManualClock the test moves; the system clock for the bench and the demo. */
  clock: Clock;
  rendererUrl: string;
  /** Reuse a data folder (e.g. to reopen after a "restart"); default: a new temp folder. */
  userDataDir?: string;
  /** Replace the secret store (e.g. a MemorySecretStore with faults). */
  secretStore?: SecretStore;
}

/** A running main side attached to a page. */
export interface MainHarness {
  app: HandoffApp;
  desktop: RecordingDesktop;
  userDataDir: string;
  secretStore: SecretStore;
  /** Every event main sent, in order (to prove what crossed IPC). */
  events: { event: AppEvent; payload: unknown }[];
  /** Every IPC result main returned. */
  results: unknown[];
  /**
   * Runs `fn` (e.g. seeding hundreds of sessions before the page opens) without delivering its
   * events to the page: they are still recorded, and the page reads the outcome from its
   * start-up snapshot.
   */
  quietly<T>(fn: () => Promise<T>): Promise<T>;
  /** Chooses an application-menu command, as the real menu's click handler does. */
  chooseMenu(command: MenuCommand): void;
  /**
   * A restart (or a crash: nothing is revoked): disposes the main side and starts a new one on
   * the same data folder and keychain, resolving once it restored and checked saved links.
   * `app` and `desktop` then name the new one; reload the page to see it.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Starts main and installs `window.handoff` in the page before any page script runs. */
export async function startMainHarness(page: Page, options: HarnessOptions): Promise<MainHarness> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
  const secretStore =
    options.secretStore ??
    (realKeyring
      ? new KeyringSecretStore({ service: `handoff-e2e-${process.pid}-${Date.now()}` })
      : new MemorySecretStore());
  const events: MainHarness['events'] = [];
  const results: unknown[] = [];
  let quiet = false;

  const deliver = (event: AppEvent, payload: unknown) =>
    page
      .evaluate(
        ([e, p]) =>
          (
            globalThis as unknown as { __handoffEmit: (e: string, p: unknown) => void }
          ).__handoffEmit(e, p),
        [event, payload] as const,
      )
      .catch(() => undefined); // the page may be navigating or closed; state is re-read on load.

  // Like Electron's broadcaster: an event reaches the page that is there now, or nobody. One
  // emitted before the page exists is not replayed later: it would land after the page's own
  // start-up snapshot and overwrite newer state with older (a demo key shown as missing).
  const emit = <E extends AppEvent>(event: E, payload: EventPayloads[E]) => {
    events.push({ event, payload });
    if (quiet) return;
    void deliver(event, payload);
  };

  const wire = () =>
    wireMain({
      clock: options.clock,
      secretStore,
      userDataDir,
      emit,
      rendererUrl: options.rendererUrl,
    });
  // As Electron's nativeTheme drives the window's prefers-color-scheme, the desktop's theme
  // (Settings → Appearance, or the test flipping the "OS") drives the page's media emulation.
  const applyTheme = (desktop: RecordingDesktop) => {
    const colorScheme = desktop.usesDarkColors() ? 'dark' : 'light';
    void page.emulateMedia({ colorScheme }).catch(() => undefined);
  };
  const followTheme = (desktop: RecordingDesktop) =>
    desktop.onThemeChange(() => applyTheme(desktop));
  let wired = wire();
  let unfollow = followTheme(wired.desktop);

  await page.exposeBinding(
    '__handoffInvoke',
    async (source, channel: unknown, request: unknown) => {
      const result = await wired.router.dispatch(channel, request, {
        webContentsId: HARNESS_WEB_CONTENTS_ID,
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === page.mainFrame(),
      });
      results.push(result);
      return result;
    },
  );
  await page.addInitScript({ content: pageBridgeScript() });

  return {
    get app() {
      return wired.app;
    },
    get desktop() {
      return wired.desktop;
    },
    userDataDir,
    secretStore,
    events,
    results,
    async quietly(fn) {
      quiet = true;
      try {
        return await fn();
      } finally {
        quiet = false;
      }
    },
    chooseMenu: (command) => emit('menu:command', { command }),
    async restart() {
      wired.app.dispose();
      unfollow();
      wired = wire();
      unfollow = followTheme(wired.desktop);
      applyTheme(wired.desktop);
      await wired.app.ready;
    },
    async close() {
      wired.app.dispose();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
