import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../src-shared/contract/channels';
import type { SessionsChange } from '../../src-shared/contract/events';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
  t.events.length = 0;
});
afterEach(() => t.close());

const create = (who: string) =>
  t.ok<HandoffSession>('sessions:create', {
    profileId,
    tags: { end_user_id: who },
    allowedIntegrations: [],
  });
const changes = () =>
  t.events.filter((e) => e.event === 'sessions:changed').map((e) => e.payload as SessionsChange);

/** What a renderer holds after applying `list` in order to an empty list. */
function replay(list: SessionsChange[]): string[] {
  const held = new Map<string, HandoffSession>();
  for (const change of list) {
    for (const id of change.removed) held.delete(id);
    for (const session of change.upserted) held.set(session.id, session);
  }
  return [...held.values()].map((s) => `${s.id}:${s.status}`).sort();
}

describe('sessions:changed', () => {
  it('carries only what changed, numbered one by one, and adds up to the snapshot', async () => {
    const before = (await t.ok<AppSnapshot>('app:snapshot', {})).sessionsSeq;
    const a = await create('cus_a');
    const b = await create('cus_b');
    await t.ok('sessions:revoke', { id: a.id });
    await t.ok('sessions:dismiss', { id: a.id });
    t.clock.advance(31 * 60_000); // b expires

    const list = changes();
    expect(list.map((c) => c.seq)).toEqual(list.map((_, i) => before + 1 + i));
    for (const change of list) {
      expect(change.upserted.length + change.removed.length).toBe(1);
    }
    const steps = list.map((c) => [...c.upserted.map((s) => `${s.id}:${s.status}`), ...c.removed]);
    expect(steps[0]).toEqual([`${a.id}:active`]);
    expect(steps[1]).toEqual([`${b.id}:active`]);
    expect(steps).toContainEqual([`${a.id}:revoked`]);
    expect(steps.at(-2)).toEqual([a.id]);
    expect(steps.at(-1)).toEqual([`${b.id}:expired`]);

    const snapshot = await t.ok<AppSnapshot>('app:snapshot', {});
    expect(snapshot.sessionsSeq).toBe(list.at(-1)!.seq);
    expect(replay(list)).toEqual(snapshot.sessions.map((s) => `${s.id}:${s.status}`).sort());
  });

  it('names the session a create made, so the renderer can focus its card as it draws it', async () => {
    const a = await create('cus_a');
    await t.ok('sessions:revoke', { id: a.id });
    const [made, revoked] = changes();
    expect(made!.created).toBe(a.id);
    expect(made!.upserted.map((s) => s.id)).toEqual([a.id]);
    expect(revoked).not.toHaveProperty('created');
  });

  it('never sends the other sessions along with one new one', async () => {
    for (let i = 0; i < 5; i += 1) await create(`cus_${i}`);
    expect(changes().map((c) => c.upserted.length)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('sessions:changed after a restart', () => {
  it('brings every restored session in one delta that matches the snapshot', async () => {
    await create('cus_a');
    await create('cus_b');
    const next = await t.restart();
    try {
      const restored = next.events
        .filter((e) => e.event === 'sessions:changed')
        .map((e) => e.payload as SessionsChange);
      const snapshot = await next.ok<AppSnapshot>('app:snapshot', {});
      expect(restored[0]?.seq).toBe(1);
      expect(restored.map((c) => c.seq)).toEqual(restored.map((_, i) => i + 1));
      expect(restored[0]?.upserted.map((s) => s.id)).toEqual(snapshot.sessions.map((s) => s.id));
      expect(snapshot.sessionsSeq).toBe(restored.at(-1)?.seq);
      expect(replay(restored)).toEqual(snapshot.sessions.map((s) => `${s.id}:${s.status}`).sort());
    } finally {
      next.app.dispose();
    }
  });
});
