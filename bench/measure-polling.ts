/**
 * Status polling against the account's shared rate limit: GET /connections sent per simulated
 * minute with N live cards. The real app (test kit: real services, the real completion poller)
 * on the manual clock against the fake server; the clock moves a second at a time and each
 * poll in flight is let finish before the next step, so a minute of polling takes no minute.
 */
import { startTestApp } from '../src-main/app/app-test-kit';
import { benchProfile, createKitSession } from './kit-sessions';

/** Requests counted over the measured minutes. */
export interface PollingFigures {
  cards: number;
  /** GET /connections per minute, one value per measured minute. */
  perMinute: number[];
  /** Other requests per minute (creates excluded), to show nothing else grows with cards. */
  otherPerMinute: number[];
}

const STEP_MS = 1000;

/** Creates `cards` live connect sessions on one profile, then counts `minutes` of polling. */
export async function measurePolling(cards: number, minutes: number): Promise<PollingFigures> {
  const t = await startTestApp();
  try {
    const profileId = await benchProfile(t);
    for (let i = 0; i < cards; i += 1) await createKitSession(t, profileId, `cus_${i}`);
    const perMinute: number[] = [];
    const otherPerMinute: number[] = [];
    // The links live 30 minutes: every measured minute has all of them live.
    for (let minute = 0; minute < minutes; minute += 1) {
      t.outgoing.length = 0;
      for (let s = 0; s < 60_000 / STEP_MS; s += 1) {
        t.clock.advance(STEP_MS);
        await t.app.poller.whenIdle();
      }
      const polls = t.outgoing.filter(
        (r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/connections'),
      ).length;
      perMinute.push(polls);
      otherPerMinute.push(t.outgoing.length - polls);
      t.events.length = 0;
    }
    return { cards, perMinute, otherPerMinute };
  } finally {
    await t.close();
  }
}
