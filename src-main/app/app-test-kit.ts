/**
 * Test wiring for main-process integration tests: the whole app (real services, client,
 * router, stores on a temp folder) against the fake Nango server on loopback.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeNango, FakeNangoOptions } from '../../test-support/fake-nango';
import { KEY, startTestServer } from '../../test-support/fake-nango/test-server';
import {
  HARNESS_WEB_CONTENTS_ID,
  wireMain,
  type WiredMain,
  type WireMainOptions,
} from '../../test-support/wire-main';
import type { Channel, RequestOf } from '../../src-shared/contract/channels';
import type { AppEvent } from '../../src-shared/contract/events';
import type { Result } from '../../src-shared/contract/result';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import type { SecretStore } from '../keychain/secret-store';
import { ManualClock } from '../platform/manual-clock';

/** A full-access key the fake server knows. */
export const TEST_KEY = KEY;
const RENDERER_URL = 'http://127.0.0.1:5999/index.html';

/** One request main sent, as it left the process. */
export interface OutgoingRequest {
  method: string;
  url: string;
  /** The Authorization header's value, or null. */
  authorization: string | null;
}

/** A running test app. */
export interface TestApp extends WiredMain {
  nango: FakeNango;
  clock: ManualClock;
  secrets: SecretStore;
  dir: string;
  events: { event: AppEvent; payload: unknown }[];
  /** Every HTTP request main sent, oldest first, with its Authorization header. */
  outgoing: OutgoingRequest[];
  /** Calls a channel as the app's own window would. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<unknown>>;
  /** Calls and asserts success, returning the data. */
  ok<T = unknown>(channel: Channel, request: unknown): Promise<T>;
  /** Every byte main wrote to its data folder, for "the key is not on disk" checks. */
  diskText(): string;
  /**
   * Stops this main side (as a quit or crash would, without revoking anything) and starts a new
   * one on the same data folder, keychain, server and clock; resolves once it has restored.
   */
  restart(options?: { secrets?: SecretStore }): Promise<TestApp>;
  close(): Promise<void>;
}

/** How to start a test app. */
export interface TestAppOptions {
  /** Defaults to an empty in-memory store. */
  secrets?: SecretStore;
  /** An existing data folder (a "restart"); the caller removes it. Defaults to a fresh one. */
  dir?: string;
  /** Wraps each store's backend, e.g. to inject disk faults. */
  wrapStore?: WireMainOptions['wrapStore'];
  /** Options for the fake Nango server (e.g. its Connect UI base). */
  nango?: Omit<FakeNangoOptions, 'clock'>;
}

/** Starts a fake Nango and the app. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { nango, clock } = await startTestServer(options.nango);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'handoff-app-'));
  const secrets = options.secrets ?? new MemorySecretStore();
  return wireTestApp({ nango, clock, dir, secrets, options });
}

async function wireTestApp(parts: {
  nango: FakeNango;
  clock: ManualClock;
  dir: string;
  secrets: SecretStore;
  options: TestAppOptions;
}): Promise<TestApp> {
  const { nango, clock, dir, secrets, options } = parts;
  const events: TestApp['events'] = [];
  const outgoing: OutgoingRequest[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    outgoing.push({
      method: init?.method ?? 'GET',
      url: input instanceof Request ? input.url : String(input),
      authorization: headers.get('authorization'),
    });
    return globalThis.fetch(input, init);
  };
  const wired = wireMain({
    fetch: recordingFetch,
    clock,
    secretStore: secrets,
    userDataDir: dir,
    emit: (event, payload) => events.push({ event, payload }),
    rendererUrl: RENDERER_URL,
    ...(options.wrapStore ? { wrapStore: options.wrapStore } : {}),
  });
  const sender = {
    webContentsId: HARNESS_WEB_CONTENTS_ID,
    frameUrl: RENDERER_URL,
    isMainFrame: true,
  };
  const call = (channel: string, request: unknown) =>
    wired.router.dispatch(channel, request, sender) as Promise<Result<unknown>>;
  return {
    ...wired,
    nango,
    clock,
    secrets,
    dir,
    events,
    outgoing,
    call,
    async ok<T>(channel: Channel, request: unknown) {
      const result = await call(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data as T;
    },
    diskText: () =>
      readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n'),
    async restart(options = {}) {
      wired.app.dispose();
      const next = await wireTestApp({ ...parts, secrets: options.secrets ?? secrets });
      await next.app.ready;
      return next;
    },
    async close() {
      wired.app.dispose();
      await nango.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a profile pointed at the fake server and stores `key` for it; returns its id. */
export async function addProfile(t: TestApp, key: string | null = TEST_KEY): Promise<string> {
  const profile = await t.ok<{ id: string }>('profiles:create', {
    name: 'Production',
    apiBaseUrl: t.nango.url,
    connectUiBaseUrl: 'https://connect.nango.dev',
  });
  if (key !== null) await t.ok('key:set', { profileId: profile.id, secretKey: key });
  return profile.id;
}
