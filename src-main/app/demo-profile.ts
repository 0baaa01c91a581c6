/**
 * The demo's pre-configured profile (`npm run demo`): a profile pointed at the fake Nango, its
 * key stored and tested, through the same services the Settings page uses. Only ever applied
 * with an in-memory key store, so a demo key never lands in the OS keychain.
 */
import { NANGO_CLOUD_CONNECT_UI, type ProfileView } from '../../src-shared/models/profile';
import type { HandoffApp } from './create-app';

/** Where the demo's fake Nango is and the key it accepts. */
export interface DemoProfile {
  apiBaseUrl: string;
  secretKey: string;
}

/** The demo profile's name, as the profile switcher shows it. */
export const DEMO_PROFILE_NAME = 'Demo (fake Nango)';

/**
 * Reads the demo profile from `HANDOFF_DEMO_API_URL` and `HANDOFF_DEMO_SECRET_KEY`, or null
 * when either is missing or the key store is not the in-memory one.
 */
export function readDemoProfile(env: NodeJS.ProcessEnv): DemoProfile | null {
  const apiBaseUrl = env['HANDOFF_DEMO_API_URL'];
  const secretKey = env['HANDOFF_DEMO_SECRET_KEY'];
  if (!apiBaseUrl || !secretKey || env['HANDOFF_SECRET_STORE'] !== 'memory') return null;
  return { apiBaseUrl, secretKey };
}

/**
 * Creates the demo profile (active), stores its key and tests it, so the integration picker
 * and the reconnect desk are on from the first screen. Resolves with the tested profile.
 */
export async function setUpDemoProfile(
  app: Pick<HandoffApp, 'profiles'>,
  demo: DemoProfile,
): Promise<ProfileView> {
  const profile = await app.profiles.create({
    name: DEMO_PROFILE_NAME,
    apiBaseUrl: demo.apiBaseUrl,
    connectUiBaseUrl: NANGO_CLOUD_CONNECT_UI,
  });
  await app.profiles.setKey(profile.id, demo.secretKey);
  await app.profiles.activate(profile.id);
  return app.profiles.testKey(profile.id);
}
