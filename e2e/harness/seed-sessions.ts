/**
 * A rep who has been handing out links all morning: a profile with a working key and `count`
 * live sessions, made through main before the page opens (clicking Create a hundred times
 * would test the form, not the grid, and take a minute).
 */
import type { ManualClock } from '../../src-main/platform/manual-clock';
import type { HandoffSession } from '../../src-shared/models/session';
import type { MainHarness } from './main-harness';
import { makeProfileQuietly } from './quiet-profile';

/** The label of the card at `position` (1-based, newest first) after {@link seedSessions}. */
export const seededLabel = (position: number) => `cus_${String(position).padStart(3, '0')}`;

/** What {@link seedSessions} made: the profile, the sessions, and a way to make one more. */
export interface Seeded {
  profileId: string;
  /** The sessions in the grid's order: `sessions[p - 1]` is the card at position p. */
  sessions: HandoffSession[];
  /** Creates one more session from main, as another window or the menu would (the page sees it). */
  createSession(endUserId: string): Promise<HandoffSession>;
}

/**
 * Makes a profile on `apiBaseUrl` with `secretKey`, then `count` sessions one second apart,
 * quietly (the page reads them from its start-up snapshot). Labels are numbered so that the
 * newest, shown first, is `cus_001` and the card at position p is {@link seededLabel}(p).
 */
export async function seedSessions(
  main: MainHarness,
  clock: ManualClock,
  options: { apiBaseUrl: string; secretKey: string; count: number },
): Promise<Seeded> {
  const h = main.app.handlers;
  const profileId = await makeProfileQuietly(main, options);
  const createSession = (endUserId: string) =>
    h['sessions:create']({
      profileId,
      tags: { end_user_id: endUserId },
      allowedIntegrations: ['github'],
    });
  const sessions: HandoffSession[] = [];
  await main.quietly(async () => {
    for (let p = options.count; p >= 1; p -= 1) {
      // Distinct creation times: the grid's order (newest first) is then the labels' order.
      clock.advance(1000);
      sessions.unshift(await createSession(seededLabel(p)));
    }
  });
  return { profileId, sessions, createSession };
}
