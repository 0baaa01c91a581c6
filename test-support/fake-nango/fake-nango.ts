/** Composes state, rate limiter, faults and the HTTP server into the {@link FakeNango} handle. */
import { systemClock } from '../../src-main/platform/clock';
import { completeSession, snapshotSession } from './complete-session';
import type { ServerDeps } from './deps';
import { Faults } from './faults';
import { RateLimiter } from './rate-limit';
import { listen } from './server';
import { FakeNangoState, toErrorEntries } from './state';
import type { FakeNango, FakeNangoOptions, RequestLogEntry } from './types';

const DEFAULT_RATE_LIMIT = { limit: 200, windowMs: 60_000 };

/**
 * Starts a fake Nango on loopback (port 0 → a free port). Nothing is seeded: add keys,
 * integrations and connections through the returned handle.
 */
export async function startFakeNango(options: FakeNangoOptions = {}): Promise<FakeNango> {
  const clock = options.clock ?? systemClock;
  const state = new FakeNangoState(clock);
  const deps: ServerDeps = {
    state,
    clock,
    limiter: new RateLimiter(clock, { ...(options.rateLimit ?? DEFAULT_RATE_LIMIT) }),
    settings: {
      connectUiBase: options.connectUiBase ?? 'https://connect.nango.dev',
      docsConnectAllowed: options.docsConnectAllowed ?? false,
    },
  };
  const faults = new Faults();
  const log: RequestLogEntry[] = [];
  const host = options.host ?? '127.0.0.1';
  const server = await listen({ deps, faults, log }, host, options.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${server.port}`,
    port: server.port,
    requests: log,
    addKey: (key, scopes) => state.addKey(key, scopes),
    removeKey: (key) => void state.keys.delete(key),
    addIntegration: (input) => ({ ...state.addIntegration(input) }),
    addConnection: (input) => structuredClone(state.addConnection(input)),
    setConnectionErrors(connectionId, errors, providerConfigKey) {
      const found = state.findConnections(connectionId, providerConfigKey);
      if (found.length === 0) throw new Error(`fake-nango: no connection "${connectionId}"`);
      for (const connection of found) connection.errors = toErrorEntries(errors);
      return structuredClone(found);
    },
    completeSession: (token, opts) => structuredClone(completeSession(state, token, opts)),
    sessions: () => [...state.sessions.values()].map((s) => snapshotSession(state, clock, s)),
    connections: () => structuredClone(state.connections),
    integrations: () => [...state.integrations.values()].map((i) => ({ ...i })),
    setFault: (fault, match) => faults.add(fault, match),
    clearFaults: () => faults.clear(),
    setRateLimit: (config) => deps.limiter.configure(config),
    setDocsConnectAllowed: (allowed) => void (deps.settings.docsConnectAllowed = allowed),
    clearRequests: () => void log.splice(0),
    close: () => server.close(),
  };
}
