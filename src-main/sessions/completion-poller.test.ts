import { describe, expect, it } from 'vitest';
import type { RemoteConnection } from '../../src-shared/models/connection';
import type { ListConnectionsQuery } from '../nango/nango-client';
import { NangoError } from '../nango/nango-error';
import { ManualClock } from '../platform/manual-clock';
import { CompletionPoller, queriesFor } from './completion-poller';
import type { PollTarget } from './session-service';

function setup(targets: PollTarget[], answer: () => Promise<RemoteConnection[]> = async () => []) {
  const clock = new ManualClock();
  const calls: { profileId: string; query: ListConnectionsQuery; at: number }[] = [];
  let online = true;
  let current = targets;
  const delivered: string[] = [];
  const poller = new CompletionPoller({
    clock,
    targets: () => current,
    list: (profileId, query) => {
      calls.push({ profileId, query, at: clock.now() });
      return answer();
    },
    deliver: (profileId) => delivered.push(profileId),
    online: () => online,
    installId: 'install-1',
  });
  const run = async (ms: number, step = 1_000) => {
    for (let t = 0; t < ms; t += step) {
      clock.advance(step);
      await poller.whenIdle();
    }
  };
  return {
    clock,
    calls,
    poller,
    delivered,
    run,
    setOnline: (value: boolean) => (online = value),
    setTargets: (t: PollTarget[]) => (current = t),
  };
}

const connectCards = (profileId: string): PollTarget => ({
  profileId,
  connect: true,
  reconnects: [],
});

describe('completion poller', () => {
  it('makes one install-tag request per interval for a profile, whatever the number of cards', async () => {
    // 1 card or 100: the target is the same (one query covers all connect sessions).
    const s = setup([connectCards('p1')]);
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls).toHaveLength(12);
    expect(s.calls[0]?.query).toEqual({ tags: { handoff_install: 'install-1' }, limit: 100 });
    expect(s.delivered).toHaveLength(12);
  });

  it('keeps the bound with reconnect cards: they take turns in the same slots', async () => {
    const reconnects = Array.from({ length: 100 }, (_, i) => ({
      connectionId: `c${i}`,
      integrationId: 'github',
    }));
    const s = setup([{ profileId: 'p1', connect: true, reconnects }]);
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls).toHaveLength(12);
    expect(s.calls[1]?.query).toEqual({
      connectionId: 'c0',
      integrationIds: ['github'],
      limit: 10,
    });
  });

  it('polls each profile separately (one request per profile per interval)', async () => {
    const s = setup([connectCards('p1'), connectCards('p2')]);
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls.filter((c) => c.profileId === 'p1')).toHaveLength(12);
    expect(s.calls.filter((c) => c.profileId === 'p2')).toHaveLength(12);
  });

  it('waits out Retry-After on 429', async () => {
    let limited = true;
    const s = setup([connectCards('p1')], async () => {
      if (limited) {
        limited = false;
        throw new NangoError('rate_limited', 'slow down', { retryAfterSeconds: 40 });
      }
      return [];
    });
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls.map((c) => c.at - s.calls[0]!.at).slice(0, 3)).toEqual([0, 40_000, 45_000]);
  });

  it('backs off on 5xx and timeouts, up to a minute', async () => {
    const s = setup([connectCards('p1')], async () => {
      throw new NangoError('server', 'boom');
    });
    s.poller.sync();
    await s.run(5 * 60_000);
    const gaps = s.calls.slice(1).map((c, i) => c.at - s.calls[i]!.at);
    expect(gaps.slice(0, 4)).toEqual([10_000, 20_000, 40_000, 60_000]);
    expect(Math.max(...gaps)).toBe(60_000);
  });

  it('pauses while offline and resumes when synced after the network returns', async () => {
    const s = setup([connectCards('p1')], async () => {
      throw new NangoError('offline', 'down');
    });
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls).toHaveLength(1);
    s.setOnline(false);
    s.poller.sync();
    await s.run(60_000);
    expect(s.calls).toHaveLength(1);
  });

  it('stops when no session is live', async () => {
    const s = setup([connectCards('p1')]);
    s.poller.sync();
    await s.run(10_000);
    s.setTargets([]);
    s.poller.sync();
    const before = s.calls.length;
    await s.run(60_000);
    expect(s.calls.length).toBe(before);
    expect(s.clock.pendingTimers).toBe(0);
  });

  it('asks for the same connection only once', () => {
    const r = { connectionId: 'c', integrationId: 'g' };
    expect(queriesFor({ profileId: 'p', connect: false, reconnects: [r, r] }, 'i')).toHaveLength(1);
  });
});
