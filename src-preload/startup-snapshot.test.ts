import { describe, expect, it, vi } from 'vitest';
import type { RawInvoke } from './build-api';
import { prefetchStartupSnapshot } from './startup-snapshot';
import { fakeEvents } from './testing/fake-events';

const snapshot = (n: number) => ({ ok: true, data: { n } });

function setup(replies: unknown[] = [snapshot(1), snapshot(2), snapshot(3)]) {
  const queue = [...replies];
  const invoke = vi.fn<RawInvoke>(async (channel) =>
    channel === 'app:snapshot' ? queue.shift() : { ok: true, data: channel },
  );
  const { subscribe, emit, count } = fakeEvents();
  return { transport: prefetchStartupSnapshot(invoke, subscribe), invoke, emit, count };
}

const snapshotCalls = (invoke: ReturnType<typeof setup>['invoke']) =>
  invoke.mock.calls.filter(([channel]) => channel === 'app:snapshot').length;

describe('prefetchStartupSnapshot', () => {
  it('asks for the snapshot at once and answers the page’s first request with it', async () => {
    const { transport, invoke, count } = setup();
    expect(invoke).toHaveBeenCalledWith('app:snapshot', {});
    await expect(transport('app:snapshot', {})).resolves.toEqual(snapshot(1));
    expect(snapshotCalls(invoke)).toBe(1);
    expect(count()).toBe(0); // its event listeners are gone once the page asked
  });

  it('asks main again for every later snapshot (a resync must be fresh)', async () => {
    const { transport, invoke } = setup();
    await transport('app:snapshot', {});
    await expect(transport('app:snapshot', {})).resolves.toEqual(snapshot(2));
    expect(snapshotCalls(invoke)).toBe(2);
  });

  it('asks main again when an event came before the page asked (the reply may be older)', async () => {
    const { transport, invoke, emit } = setup();
    emit('profiles:changed');
    await expect(transport('app:snapshot', {})).resolves.toEqual(snapshot(2));
    expect(snapshotCalls(invoke)).toBe(2);
  });

  it('ignores events after the page asked: the page listens to those itself', async () => {
    const { transport, invoke, emit } = setup();
    const reply = transport('app:snapshot', {});
    emit('sessions:changed');
    await expect(reply).resolves.toEqual(snapshot(1));
    expect(snapshotCalls(invoke)).toBe(1);
  });

  it('asks main again when the prefetch failed or was refused', async () => {
    const refused = { ok: false, error: { code: 'forbidden', message: 'not yet' } };
    const a = setup([refused, snapshot(2)]);
    await expect(a.transport('app:snapshot', {})).resolves.toEqual(snapshot(2));

    const invoke = vi
      .fn<RawInvoke>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockResolvedValueOnce(snapshot(3));
    const transport = prefetchStartupSnapshot(invoke, () => () => undefined);
    await expect(transport('app:snapshot', {})).resolves.toEqual(snapshot(3));
  });

  it('passes other requests, and a snapshot request with a payload, straight through', async () => {
    const { transport, invoke } = setup();
    await expect(transport('profiles:activate', { id: 'p1' })).resolves.toEqual({
      ok: true,
      data: 'profiles:activate',
    });
    const odd = { extra: 1 };
    await expect(transport('app:snapshot', odd)).resolves.toEqual(snapshot(2));
    expect(invoke).toHaveBeenLastCalledWith('app:snapshot', odd);
    // The prefetch is still there for the page's real first request.
    await expect(transport('app:snapshot', {})).resolves.toEqual(snapshot(1));
  });
});
