import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aProfile, aSession, aSnapshot } from '../test/fixtures';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { connectStores } from './connect-stores';
import { useAppStore } from './use-app-store';
import { isClockRunning } from './use-clock-store';
import { useNetworkStore } from './use-network-store';
import { useProfilesStore } from './use-profiles-store';
import { useSessionsStore } from './use-sessions-store';

let fake: FakeApi;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(() => resetStores(null));

describe('connectStores', () => {
  it('loads the snapshot into every store', async () => {
    fake.handle('app:snapshot', () => ({
      ok: true,
      data: aSnapshot({ notices: [{ id: 'n', level: 'info', message: 'hi' }] }),
    }));
    const stop = connectStores(fake.api);
    expect(useAppStore.getState().phase).toBe('loading');
    await flush();
    expect(useAppStore.getState().phase).toBe('ready');
    expect(useProfilesStore.getState().activeProfileId).toBe('p1');
    expect(useSessionsStore.getState().sessions.map((s) => s.id)).toEqual(['s1']);
    expect(useNetworkStore.getState().status?.online).toBe(true);
    expect(useAppStore.getState().notices).toHaveLength(1);
    stop();
  });

  it('follows every event', async () => {
    fake.handle('app:snapshot', () => ({ ok: true, data: aSnapshot() }));
    const stop = connectStores(fake.api);
    await flush();
    fake.emit('sessions:changed', { seq: 1, upserted: [aSession({ id: 's2' })], removed: [] });
    fake.emit('profiles:changed', { profiles: [aProfile({ id: 'p9' })], activeProfileId: 'p9' });
    fake.emit('network:changed', { online: false, reason: 'No route', since: 'x' });
    fake.emit('keychain:activity', { waiting: true });
    fake.emit('notices:changed', [{ id: 'n2', level: 'error', message: 'bad' }]);
    expect(useSessionsStore.getState().sessions[0]?.id).toBe('s2');
    expect(useProfilesStore.getState().activeProfileId).toBe('p9');
    expect(useNetworkStore.getState().status?.reason).toBe('No route');
    expect(useAppStore.getState().keychainWaiting).toBe(true);
    expect(useAppStore.getState().notices[0]?.id).toBe('n2');
    stop();
  });

  it('keeps an event that arrived before the (older) snapshot', async () => {
    const answers: ((value: unknown) => void)[] = [];
    fake.handle('app:snapshot', () => new Promise((resolve) => answers.push(resolve)));
    const stop = connectStores(fake.api);
    await flush();
    fake.emit('sessions:changed', { seq: 1, upserted: [aSession({ id: 'fresh' })], removed: [] });
    // The start-up snapshot predates the delta: the sessions resync from a newer one.
    answers[0]!({ ok: true, data: aSnapshot() });
    await flush();
    const fresh = [aSession({ id: 'fresh' }), aSession()];
    answers.at(-1)!({ ok: true, data: aSnapshot({ sessions: fresh, sessionsSeq: 1 }) });
    await flush();
    expect(useSessionsStore.getState().sessions.map((s) => s.id)).toEqual(['fresh', 's1']);
    expect(useProfilesStore.getState().activeProfileId).toBe('p1');
    stop();
  });

  it('reports a failed start', async () => {
    fake.handle('app:snapshot', () => ({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    }));
    const stop = connectStores(fake.api);
    await flush();
    expect(useAppStore.getState().phase).toBe('failed');
    expect(useAppStore.getState().loadError?.message).toBe('boom');
    stop();
  });

  it('unsubscribes everything and stops the clock on teardown', async () => {
    fake.handle('app:snapshot', () => ({ ok: true, data: aSnapshot() }));
    const stop = connectStores(fake.api);
    expect(fake.listenerCount('sessions:changed')).toBe(1);
    expect(isClockRunning()).toBe(true);
    stop();
    expect(fake.listenerCount('sessions:changed')).toBe(0);
    expect(fake.listenerCount('keychain:activity')).toBe(0);
    expect(isClockRunning()).toBe(false);
    await flush();
    // The snapshot that lands after teardown is ignored.
    expect(useAppStore.getState().phase).toBe('loading');
  });

  it('survives a StrictMode double mount with one set of listeners', () => {
    fake.handle('app:snapshot', () => ({ ok: true, data: aSnapshot() }));
    const spy = vi.spyOn(globalThis, 'setInterval');
    connectStores(fake.api)();
    const stop = connectStores(fake.api);
    expect(fake.listenerCount('profiles:changed')).toBe(1);
    expect(isClockRunning()).toBe(true);
    stop();
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
