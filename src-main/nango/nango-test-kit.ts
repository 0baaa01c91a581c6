/**
 * Test wiring shared by the client's integration tests: a real fake Nango on loopback, a
 * ManualClock for domain time, and a client built exactly as the app builds it.
 */
import { randomUUID } from 'node:crypto';
import {
  startFakeNango,
  type FakeNango,
  type FakeNangoOptions,
} from '../../test-support/fake-nango';
import type { NetworkStatus } from '../../src-shared/models/app-status';
import { NetworkMonitor } from '../network/network-monitor';
import { RequestScheduler, type RequestSchedulerOptions } from '../network/request-scheduler';
import { ManualClock } from '../platform/manual-clock';
import { createNangoClient, type NangoClientOptions } from './nango-client';
import type { NangoClient } from './nango-client-types';
import {
  createSessionTokenClient,
  type SessionTokenClient,
  type SessionTokenClientOptions,
} from './session-token-client';

/** Everything a test needs, plus `close`. */
export interface NangoTestKit {
  clock: ManualClock;
  nango: FakeNango;
  key: string;
  scheduler: RequestScheduler;
  monitor: NetworkMonitor;
  statuses: NetworkStatus[];
  client: NangoClient;
  /** Another client on the same scheduler/monitor, with option overrides. */
  makeClient(overrides?: Partial<NangoClientOptions>): NangoClient;
  /** The session-token client (probe and revoke by token) on the same scheduler/monitor. */
  makeTokenClient(overrides?: Partial<SessionTokenClientOptions>): SessionTokenClient;
  close(): Promise<void>;
}

/** Starts a fake Nango with one full-access key and a client for it. */
export async function startNangoTestKit(
  options: {
    fake?: Omit<FakeNangoOptions, 'clock'>;
    scheduler?: Omit<RequestSchedulerOptions, 'clock'>;
    client?: Partial<NangoClientOptions>;
  } = {},
): Promise<NangoTestKit> {
  const clock = new ManualClock();
  const nango = await startFakeNango({ ...options.fake, clock });
  const key = randomUUID();
  nango.addKey(key);
  const scheduler = new RequestScheduler({ ...options.scheduler, clock });
  const statuses: NetworkStatus[] = [];
  const monitor = new NetworkMonitor({ clock, onChange: (s) => statuses.push(s) });
  const makeClient = (overrides: Partial<NangoClientOptions> = {}): NangoClient =>
    createNangoClient({
      baseUrl: nango.url,
      getSecretKey: async () => key,
      scheduler,
      monitor,
      clock,
      timeoutMs: 5_000,
      ...options.client,
      ...overrides,
    });
  const makeTokenClient = (overrides: Partial<SessionTokenClientOptions> = {}) =>
    createSessionTokenClient({
      fetch: (input, init) => fetch(input, init),
      scheduler,
      monitor,
      clock,
      timeoutMs: 5_000,
      ...overrides,
    });
  return {
    clock,
    nango,
    key,
    scheduler,
    monitor,
    statuses,
    client: makeClient(),
    makeClient,
    makeTokenClient,
    close: () => nango.close(),
  };
}

/** Awaits a promise that must reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
