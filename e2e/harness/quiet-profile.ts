/**
 * A profile with a tested key, made through main before the page loads and without events
 * (`main.quietly`): as in an earlier run of the app. Delivered, those events (a profile
 * without a key, then a key) would reach the page after its start-up snapshot and open the
 * key-repair panel, a state a rep starting the app with live links is never in.
 */
import type { MainHarness } from './main-harness';

/** Where the profile's server is and the key it takes. */
export interface QuietProfile {
  apiBaseUrl: string;
  secretKey: string;
}

/** Makes the "Production" profile on `apiBaseUrl` with `secretKey`, quietly; returns its id. */
export function makeProfileQuietly(main: MainHarness, options: QuietProfile): Promise<string> {
  const h = main.app.handlers;
  return main.quietly(async () => {
    const made = await h['profiles:create']({
      name: 'Production',
      apiBaseUrl: options.apiBaseUrl,
      connectUiBaseUrl: 'https://connect.nango.dev',
    });
    await h['key:set']({ profileId: made.id, secretKey: options.secretKey });
    await h['key:test']({ profileId: made.id });
    return made.id;
  });
}
