/**
 * The main-process benches' way to make links: the real app in the test kit (its services, the
 * fake server on loopback), one profile whose server allows every request they send.
 */
import { addProfile, type TestApp } from '../src-main/app/app-test-kit';

/** Adds a profile on the test kit's fake server, with its rate limit out of the way. */
export async function benchProfile(t: TestApp): Promise<string> {
  const profileId = await addProfile(t);
  t.nango.setRateLimit({ limit: 1_000_000, windowMs: 60_000 });
  return profileId;
}

/** One live connect session for `endUserId`, as the create form would ask for it. */
export async function createKitSession(
  t: TestApp,
  profileId: string,
  endUserId: string,
): Promise<void> {
  await t.ok('sessions:create', {
    profileId,
    tags: { end_user_id: endUserId, end_user_email: `${endUserId}@example.com` },
    allowedIntegrations: ['github'],
  });
  t.events.length = 0; // the test kit keeps every event; the app does not
}
