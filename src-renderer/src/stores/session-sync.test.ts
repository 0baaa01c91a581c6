import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffSession } from '../../../src-shared/models/session';
import { aSession, aSnapshot } from '../test/fixtures';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { createSessionSync } from './session-sync';
import { useSessionsStore } from './use-sessions-store';

let fake: FakeApi;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const ids = () => useSessionsStore.getState().sessions.map((s) => s.id);
const change = (seq: number, upserted: HandoffSession[], removed: string[] = []) => ({
  seq,
  upserted,
  removed,
});

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(() => resetStores(null));

describe('session sync', () => {
  it('passes on which new card a create made, for the grid to focus as it draws it', () => {
    const sync = createSessionSync(fake.api, () => true);
    sync.baseline([], 1);
    sync.receive({ ...change(2, [aSession({ id: 'made' })]), created: 'made' });
    expect(ids()).toEqual(['made']);
    expect(useSessionsStore.getState().lastCreatedId).toBe('made');
  });

  it('applies deltas in sequence on top of a snapshot, and ignores old ones', () => {
    const sync = createSessionSync(fake.api, () => true);
    sync.baseline([aSession({ id: 'a' })], 3);
    sync.receive(change(4, [aSession({ id: 'b' })]));
    sync.receive(change(5, [{ ...aSession({ id: 'a' }), status: 'revoked' }]));
    sync.receive(change(6, [], ['b']));
    sync.receive(change(2, [aSession({ id: 'stale' })]));
    expect(ids()).toEqual(['a']);
    expect(useSessionsStore.getState().sessions[0]?.status).toBe('revoked');
    expect(fake.calls).toHaveLength(0);
  });

  it('leaves an unchanged card’s object alone', () => {
    const sync = createSessionSync(fake.api, () => true);
    sync.baseline([aSession({ id: 'a' }), aSession({ id: 'b' })], 1);
    const [, b] = useSessionsStore.getState().sessions;
    sync.receive(change(2, [aSession({ id: 'c' }), structuredClone(b!)]));
    expect(ids()).toEqual(['c', 'a', 'b']);
    expect(useSessionsStore.getState().sessions[2]).toBe(b);
  });

  it('resyncs from a snapshot after a missed delta', async () => {
    const sync = createSessionSync(fake.api, () => true);
    sync.baseline([aSession({ id: 'a' })], 1);
    const now = [aSession({ id: 'c' }), aSession({ id: 'a' })];
    fake.handle('app:snapshot', () => ({
      ok: true,
      data: aSnapshot({ sessions: now, sessionsSeq: 3 }),
    }));
    sync.receive(change(3, [aSession({ id: 'c' })])); // 2 never arrived
    expect(ids()).toEqual(['a']);
    await flush();
    expect(fake.calls.map((c) => c.channel)).toEqual(['app:snapshot']);
    expect(ids()).toEqual(['c', 'a']);
    sync.receive(change(4, [], ['a']));
    expect(ids()).toEqual(['c']);
  });

  it('asks again when deltas overtook the snapshot it asked for', async () => {
    const sync = createSessionSync(fake.api, () => true);
    let seq = 2;
    fake.handle('app:snapshot', () => ({ ok: true, data: aSnapshot({ sessionsSeq: seq }) }));
    sync.receive(change(2, [aSession({ id: 'x' })])); // no baseline yet: resync
    sync.receive(change(3, [aSession({ id: 'y' })])); // arrives while it is on its way
    seq = 3;
    await flush();
    await flush();
    expect(fake.calls.filter((c) => c.channel === 'app:snapshot')).toHaveLength(2);
  });
});
