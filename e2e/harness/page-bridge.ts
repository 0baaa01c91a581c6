/**
 * Runs inside the page (bundled to an init script): installs `window.handoff` with the REAL
 * buildApi, over Playwright bindings instead of ipcRenderer. Main → renderer events arrive
 * through `window.__handoffEmit`, called by the harness with page.evaluate.
 */
import { API_KEY } from '../../src-shared/contract/api';
import { buildApi, type RawSubscribe } from '../../src-preload/build-api';
import { prefetchStartupSnapshot } from '../../src-preload/startup-snapshot';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __handoffInvoke: (channel: string, request: unknown) => Promise<unknown>;
  __handoffEmit: (event: string, payload: unknown) => void;
  [API_KEY]: unknown;
}

const bridge = globalThis as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

bridge.__handoffEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const subscribe: RawSubscribe = (event, listener) => {
  const set = listeners.get(event) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(event, set);
  return () => set.delete(listener);
};

// As the real preload does (src-preload/index.ts): the start-up snapshot is asked for now.
const invoke = prefetchStartupSnapshot(
  (channel, request) => bridge.__handoffInvoke(channel, request),
  subscribe,
);
bridge[API_KEY] = Object.freeze(buildApi(invoke, subscribe));
