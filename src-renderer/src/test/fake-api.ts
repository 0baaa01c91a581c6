/**
 * Test helper: the real preload `buildApi` over an in-memory transport, so store tests go
 * through exactly the API the renderer gets in the app.
 */
import type { AppEvent, EventPayloads } from '../../../src-shared/contract/events';
import type { Channel } from '../../../src-shared/contract/channels';
import type { HandoffApi } from '../api';

type RawInvoke = (channel: string, request: unknown) => Promise<unknown>;
type RawSubscribe = (event: string, listener: (payload: unknown) => void) => () => void;
type BuildApi = (invoke: RawInvoke, subscribe: RawSubscribe) => HandoffApi;

// Loaded through a variable specifier: src-preload is outside tsconfig.web.json's file list,
// so a static import would not type-check there (TS6307). The runtime module is the real one.
const BUILD_API_MODULE = '../../../src-preload/build-api';
const { buildApi } = (await import(/* @vite-ignore */ BUILD_API_MODULE)) as { buildApi: BuildApi };

/** A handler for one channel: gets the request, returns the Result to send back. */
export type FakeHandler = (request: unknown) => unknown;

/** One recorded call. */
export interface FakeCall {
  channel: string;
  request: unknown;
}

/** The fake transport and the API built over it. */
export interface FakeApi {
  api: HandoffApi;
  calls: FakeCall[];
  /** Sets what a channel answers. Unset channels answer `internal`. */
  handle: (channel: Channel, handler: FakeHandler) => void;
  /** Sends an event as main would. */
  emit: <E extends AppEvent>(event: E, payload: EventPayloads[E]) => void;
  /** Listeners currently attached, per event. */
  listenerCount: (event: AppEvent) => number;
}

/** Builds a fake API. */
export function createFakeApi(): FakeApi {
  const handlers = new Map<string, FakeHandler>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeCall[] = [];
  const invoke: RawInvoke = async (channel, request) => {
    calls.push({ channel, request });
    const handler = handlers.get(channel);
    return handler
      ? handler(request)
      : { ok: false, error: { code: 'internal', message: `No fake for ${channel}` } };
  };
  const subscribe: RawSubscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  return {
    api: buildApi(invoke, subscribe),
    calls,
    handle: (channel, handler) => handlers.set(channel, handler),
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}
