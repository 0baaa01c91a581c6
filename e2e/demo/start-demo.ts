/**
 * The demo's set-up, shared by `npm run demo -- --browser` (run-demo.ts) and its e2e spec
 * (e2e/flows/demo.spec.ts), so the spec runs exactly what a newcomer runs: the fake Nango with
 * the demo seed, the real main code on a temp data folder with an in-memory key store, and the
 * demo profile set up through the real services before the renderer loads.
 */
import type { Page } from '@playwright/test';
import { setUpDemoProfile } from '../../src-main/app/demo-profile';
import { MemorySecretStore } from '../../src-main/keychain/memory-secret-store';
import { systemClock, type Clock } from '../../src-main/platform/clock';
import { seedDemo } from '../../test-support/fake-nango/demo-seed';
import { startFakeNango, type FakeNango } from '../../test-support/fake-nango';
import { startMainHarness, type MainHarness } from '../harness/main-harness';

/** Options for {@link startDemo}. */
export interface DemoOptions {
  /** URL of the served renderer build (serve-renderer.ts). */
  rendererUrl: string;
  /** Default: the system clock, so countdowns run in real time. */
  clock?: Clock;
  /** Fake Nango's port; default a free one. */
  port?: number;
}

/** A running demo: call `close` to stop the fake Nango and remove the data folder. */
export interface Demo {
  nango: FakeNango;
  main: MainHarness;
  secretKey: string;
  close(): Promise<void>;
}

/** Starts the demo's main side for `page` and loads the app in it. */
export async function startDemo(page: Page, options: DemoOptions): Promise<Demo> {
  const clock = options.clock ?? systemClock;
  const nango = await startFakeNango({ clock, ...(options.port ? { port: options.port } : {}) });
  const secretKey = seedDemo(nango, clock.now());
  const main = await startMainHarness(page, {
    clock,
    rendererUrl: options.rendererUrl,
    secretStore: new MemorySecretStore(),
  });
  try {
    await setUpDemoProfile(main.app, { apiBaseUrl: nango.url, secretKey });
    await page.goto(options.rendererUrl);
  } catch (error) {
    await Promise.all([main.close(), nango.close()]);
    throw error;
  }
  return {
    nango,
    main,
    secretKey,
    close: async () => {
      await main.close();
      await nango.close();
    },
  };
}

/**
 * Plays the customer on the newest link still open: completes it as if they had authorised
 * on their phone. A reconnect repairs its connection. Returns what was done, for the terminal.
 */
export function completeNewestSession(nango: FakeNango): string {
  const open = nango.sessions().filter((s) => !s.revoked && !s.expired);
  const newest = open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!newest) return 'No open link to complete: create a handoff or a reconnect first.';
  const connection = nango.completeSession(newest.token);
  const who = newest.tags?.['end_user_id'] ?? newest.endUser?.id ?? 'the customer';
  return newest.kind === 'reconnect'
    ? `Customer ${who} re-authorised ${newest.connectionId}: it is repaired (refresh the desk).`
    : `Customer ${who} authorised ${connection.provider_config_key} (connection ${connection.connection_id}).`;
}
