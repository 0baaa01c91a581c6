/**
 * Starting the built app in real Electron for the specs in this folder. Isolated from the
 * machine through the variables only an unpackaged app reads (src-main/index.ts): a private
 * data folder (settings and the single-instance lock), and an in-memory key store, or with a
 * real keyring (scripts/with-keyring.sh sets HANDOFF_REAL_KEYRING=1) a throwaway keychain
 * service name.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { HandoffApi } from '../../src-preload/build-api';
import type { HandoffSession } from '../../src-shared/models/session';

/** The main bundle `npm run build` writes. */
export const MAIN_ENTRY = resolve('out/main/index.js');

/**
 * The Electron binary, or null where it could not be downloaded at install time: in Node the
 * `electron` package exports the binary's path, or throws without it.
 */
export function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(__filename)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Launches the app on `userData`. */
export function launchHandoff(
  executablePath: string,
  userData: string,
): Promise<ElectronApplication> {
  const realKeyring = process.env['HANDOFF_REAL_KEYRING'] === '1';
  return electron.launch({
    executablePath,
    args: [MAIN_ENTRY],
    env: {
      ...(process.env as Record<string, string>),
      HANDOFF_USER_DATA: userData,
      ...(realKeyring
        ? { HANDOFF_KEYCHAIN_SERVICE: `handoff-e2e-${randomUUID()}` }
        : { HANDOFF_SECRET_STORE: 'memory' }),
    },
  });
}

/**
 * Through the page's real IPC: a profile on `apiBaseUrl`, made active, holding `secretKey`,
 * and one connect link per customer id. Resolves with the links as the renderer got them.
 */
export function createLinks(
  page: Page,
  options: { apiBaseUrl: string; secretKey: string; customers: string[] },
): Promise<HandoffSession[]> {
  return page.evaluate(async ({ apiBaseUrl, secretKey, customers }) => {
    const handoff = (globalThis as unknown as { handoff: HandoffApi }).handoff;
    const profile = await handoff.profiles.create({
      name: 'E2E',
      apiBaseUrl,
      connectUiBaseUrl: 'https://connect.nango.dev',
    });
    if (!profile.ok) throw new Error(profile.error.code);
    const profileId = profile.data.id;
    await handoff.profiles.activate({ id: profileId });
    const key = await handoff.key.set({ profileId, secretKey });
    if (!key.ok) throw new Error(key.error.code);
    const links: HandoffSession[] = [];
    for (const customer of customers) {
      const made = await handoff.sessions.create({
        profileId,
        tags: { end_user_id: customer },
        allowedIntegrations: [],
      });
      if (!made.ok) throw new Error(made.error.code);
      links.push(made.data);
    }
    return links;
  }, options);
}
