import { describe, expect, it } from 'vitest';
import { cardsOf } from '../../../src-shared/models/card-lineage';
import { MAX_REFRESH_RUN_MS } from '../../../src-shared/models/refresh';
import type { HandoffSession } from '../../../src-shared/models/session';
import { planCard, type CardConditions } from './plan-card';
import { REFRESH_LEAD_MS, REFRESH_OVERLAP_MS } from './rotation-policy';

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

function session(
  id: string,
  createdAt: number,
  extra: Partial<HandoffSession> = {},
): HandoffSession {
  return {
    id,
    kind: 'connect',
    profileId: 'p',
    label: 'Ada',
    connectLink: `https://connect.nango.dev/?session_token=${id}`,
    createdAt: iso(createdAt),
    expiresAt: iso(createdAt + 30 * 60_000),
    tags: {},
    allowedIntegrations: [],
    status: 'active',
    ...extra,
  };
}
const on = (count: number, since = T0) => ({
  refresh: {
    choice: 'on' as const,
    on: true,
    phase: 'scheduled' as const,
    count,
    since: iso(since),
  },
});
const conditions = (now: number, extra: Partial<CardConditions> = {}): CardConditions => ({
  now,
  visible: true,
  awake: true,
  presenting: false,
  minting: false,
  ...extra,
});
const planOf = (sessions: HandoffSession[], c: CardConditions) =>
  planCard(cardsOf(sessions)[0]!, c);
const due = T0 + 30 * 60_000 - REFRESH_LEAD_MS;

describe('planCard', () => {
  it('waits for the lead, then mints', () => {
    const a = session('a', T0, on(0));
    expect(planOf([a], conditions(due - 1))).toMatchObject({ mint: false, wakeAt: due });
    expect(planOf([a], conditions(due))).toMatchObject({ mint: true });
    expect(planOf([a], conditions(due, { minting: true })).mint).toBe(false);
  });

  it('never mints a third link: a previous link still live or queued blocks it', () => {
    const b = session('b', T0, { ...on(1), cardId: 'a' });
    const queued = session('a', T0 - 27 * 60_000, {
      revokePending: { since: iso(T0), attempts: 1, reason: 'offline', nextAttemptAt: null },
    });
    const plan = planOf([b, queued], conditions(due));
    expect(plan.mint).toBe(false);
    expect(plan.refresh?.phase).toBe('waiting');
    expect(plan.revoke).toEqual([]);
  });

  it('revokes the previous link at the end of the overlap, and drops it once dead', () => {
    const b = session('b', T0, { ...on(1), cardId: 'a' });
    const a = session('a', T0 - 27 * 60_000);
    expect(planOf([b, a], conditions(T0 + 1_000))).toMatchObject({
      revoke: [],
      wakeAt: T0 + REFRESH_OVERLAP_MS,
      refresh: { previousUntil: iso(T0 + REFRESH_OVERLAP_MS) },
    });
    expect(planOf([b, a], conditions(T0 + REFRESH_OVERLAP_MS)).revoke).toEqual(['a']);
    const dead = { ...a, status: 'revoked' as const };
    expect(planOf([b, dead], conditions(T0 + REFRESH_OVERLAP_MS)).drop).toEqual(['a']);
  });

  it('caps a run at 2 hours even with fewer refreshes', () => {
    const late = T0 + MAX_REFRESH_RUN_MS;
    const b = session('b', late - 27 * 60_000, { ...on(2, T0), cardId: 'a' });
    const plan = planOf([b], conditions(late));
    expect(plan.mint).toBe(false);
    expect(plan.refresh).toMatchObject({
      phase: 'capped',
      reason: expect.stringMatching(/2 hours/),
    });
  });

  it('pauses when hidden or asleep, and an expired card stops instead of minting', () => {
    const a = session('a', T0, on(0));
    expect(planOf([a], conditions(due, { visible: false }))).toMatchObject({
      mint: false,
      refresh: { phase: 'paused', reason: 'The window is hidden.' },
    });
    const paused = {
      ...a,
      refresh: { ...on(0).refresh, phase: 'paused' as const, reason: 'The computer is asleep.' },
    };
    expect(planOf([paused], conditions(T0 + 31 * 60_000))).toMatchObject({
      mint: false,
      refresh: { phase: 'stopped', reason: 'The link expired while the computer was asleep.' },
    });
  });

  it('defaults to on in presenter view only', () => {
    const a = session('a', T0);
    expect(planOf([a], conditions(T0)).refresh).toBeUndefined();
    expect(planOf([a], conditions(T0, { presenting: true })).refresh).toMatchObject({
      on: true,
      count: 0,
      since: iso(T0),
    });
    const off = {
      ...a,
      refresh: {
        choice: 'off' as const,
        on: false,
        phase: 'off' as const,
        count: 0,
        since: iso(T0),
      },
    };
    expect(planOf([off], conditions(due, { presenting: true }))).toMatchObject({
      mint: false,
      refresh: { on: false },
    });
  });

  it('a completed card revokes every other live link at once', () => {
    const a = session('a', T0 - 27 * 60_000, { status: 'completed' });
    const b = session('b', T0, { ...on(1), cardId: 'a' });
    expect(planOf([b, a], conditions(T0 + 1))).toMatchObject({ revoke: ['b'], mint: false });
  });
});
