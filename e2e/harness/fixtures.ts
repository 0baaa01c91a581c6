/**
 * Playwright fixtures for harness specs: a fake Nango on loopback, one manual clock shared by
 * the fake server, main and (as fixed time) the renderer, the main harness, and helpers.
 */
import { mkdirSync } from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import type { SecretStore } from '../../src-main/keychain/secret-store';
import { ManualClock } from '../../src-main/platform/manual-clock';
import {
  startFakeNango,
  type FakeNango,
  type FakeNangoOptions,
} from '../../test-support/fake-nango';
import { expectNoSeriousA11yViolations } from './a11y';
import { startMainHarness, type MainHarness } from './main-harness';
import { serveRenderer, type RendererServer } from './serve-renderer';

/** A full-access key the fake server knows (a UUID v4, like Nango's). */
export const SECRET_KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';
/** Where screenshots go, for people to look at. */
export const SCREENS_DIR = 'test-output/screens';

interface Fixtures {
  /** Replace the keychain (e.g. a MemorySecretStore with a fault); default per main-harness. */
  secretStore: SecretStore | undefined;
  /** Reuse a prepared data folder (e.g. with a corrupt file in it); default: a new temp one. */
  userDataDir: string | undefined;
  /** Options for the fake Nango (e.g. a self-hosted Connect UI base); default the cloud's. */
  nangoOptions: Omit<FakeNangoOptions, 'clock'> | undefined;
  clock: ManualClock;
  nango: FakeNango;
  main: MainHarness;
  /** Opens the app in the page (after main is attached). */
  openApp: () => Promise<void>;
  /** Moves every clock forward: main's timers fire, the renderer's Date.now() follows. */
  advance: (ms: number) => Promise<void>;
  /** Checks the screen with axe-core, then saves a screenshot under test-output/screens. */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures, { renderer: RendererServer }>({
  renderer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  secretStore: [undefined, { option: true }],
  userDataDir: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  clock: async ({}, use) => use(new ManualClock()),
  nangoOptions: [undefined, { option: true }],
  nango: async ({ clock, nangoOptions }, use) => {
    const nango = await startFakeNango({ ...nangoOptions, clock });
    nango.addKey(SECRET_KEY);
    nango.addIntegration({ unique_key: 'github', provider: 'github', display_name: 'GitHub' });
    nango.addIntegration({ unique_key: 'slack', provider: 'slack', display_name: 'Slack' });
    nango.addIntegration({ unique_key: 'hubspot', provider: 'hubspot', display_name: 'HubSpot' });
    await use(nango);
    await nango.close();
  },
  main: async ({ page, clock, renderer, secretStore, userDataDir }, use) => {
    const main = await startMainHarness(page, {
      clock,
      rendererUrl: renderer.url,
      ...(secretStore ? { secretStore } : {}),
      ...(userDataDir ? { userDataDir } : {}),
    });
    await use(main);
    await main.close();
  },
  openApp: async ({ page, main, clock, renderer }, use) => {
    void main;
    await use(async () => {
      await page.clock.setFixedTime(clock.now());
      await page.goto(renderer.url);
    });
  },
  advance: async ({ page, clock }, use) => {
    await use(async (ms) => {
      clock.advance(ms);
      await page.clock.setFixedTime(clock.now());
    });
  },
  shot: async ({ page }, use) => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    await use(async (name) => {
      await expectNoSeriousA11yViolations(page, name);
      await page.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
    });
  },
});

export { expect } from '@playwright/test';
export type { Page };
