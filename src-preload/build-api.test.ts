import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../src-shared/contract/channels';
import { EVENTS } from '../src-shared/contract/events';
import { buildApi, type HandoffApi, type RawInvoke } from './build-api';
import { fakeEvents } from './testing/fake-events';

type Member = (request: unknown) => Promise<unknown>;

/** Every request function of the API, by dotted name (`sessions.create`). */
function members(api: HandoffApi): [string, Member][] {
  return Object.entries(api).flatMap(([group, value]) =>
    typeof value === 'function'
      ? []
      : Object.entries(value as Record<string, Member>).map(
          ([name, fn]) => [`${group}.${name}`, fn] as [string, Member],
        ),
  );
}

function setup() {
  const invoke = vi.fn<RawInvoke>(async () => ({ ok: true, data: null }));
  const { subscribe, emit } = fakeEvents();
  return { api: buildApi(invoke, subscribe), invoke, subscribe, emit };
}

describe('buildApi: requests', () => {
  it('reaches only contract channels', async () => {
    const { api, invoke } = setup();
    for (const [, fn] of members(api)) await fn({});
    const used = invoke.mock.calls.map(([channel]) => channel);
    for (const channel of used) expect(CHANNELS).toContain(channel);
  });

  it('reaches every contract channel through exactly one member', async () => {
    const { api, invoke } = setup();
    const byChannel = new Map<string, string[]>();
    for (const [name, fn] of members(api)) {
      invoke.mockClear();
      await fn({});
      expect(invoke).toHaveBeenCalledOnce();
      const channel = invoke.mock.calls[0]![0];
      byChannel.set(channel, [...(byChannel.get(channel) ?? []), name]);
    }
    expect([...byChannel.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const names of byChannel.values()) expect(names).toHaveLength(1);
  });

  it('passes the request through untouched and returns main’s reply', async () => {
    const { api, invoke } = setup();
    const reply = { ok: false, error: { code: 'offline', message: 'x' } };
    invoke.mockResolvedValueOnce(reply);
    const request = { profileId: 'p1', secretKey: 'k'.repeat(36) };
    await expect(api.key.set(request)).resolves.toBe(reply);
    expect(invoke).toHaveBeenCalledWith('key:set' satisfies Channel, request);
  });

  it('exposes no raw transport', () => {
    const { api } = setup();
    const names = Object.keys(api);
    expect(names).not.toContain('invoke');
    expect(names).not.toContain('send');
    expect(typeof api.on).toBe('function');
    expect(Object.values(api).filter((v) => typeof v === 'function')).toEqual([api.on]);
  });
});

describe('buildApi: events', () => {
  it('delivers a contract event to its listener until unsubscribed', () => {
    const { api, emit } = setup();
    const listener = vi.fn();
    const unsubscribe = api.on('sessions:changed', listener);
    emit('sessions:changed', []);
    expect(listener).toHaveBeenCalledWith([]);
    unsubscribe();
    emit('sessions:changed', [{}]);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('subscribes only to the event asked for', () => {
    const { api, emit } = setup();
    const listener = vi.fn();
    api.on('network:changed', listener);
    emit('profiles:changed', {});
    expect(listener).not.toHaveBeenCalled();
  });

  it('can subscribe to every contract event', () => {
    const { api, subscribe } = setup();
    for (const event of EVENTS) api.on(event, () => {});
    expect(subscribe.mock.calls.map(([event]) => event)).toEqual(EVENTS);
  });

  it('refuses events outside the contract, whatever a compromised page passes', () => {
    const { api, subscribe } = setup();
    const on = api.on as (event: string, listener: () => void) => () => void;
    for (const event of ['ipc:anything', '__proto__', 'constructor', 'sessions:changed ']) {
      expect(() => on(event, () => {})).toThrow(/Unknown event/);
    }
    expect(subscribe).not.toHaveBeenCalled();
  });
});
