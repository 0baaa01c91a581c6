/** Shared setup for the fake-nango tests: a server on a ManualClock and a tiny fetch wrapper. */
import { ManualClock } from '../../src-main/platform/manual-clock';
import { startFakeNango } from './fake-nango';
import type { FakeNango, FakeNangoOptions } from './types';

/** A full-access key every test server knows. */
export const KEY = '6f1c2a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
/** A valid UUID v4 that no account has. */
export const UNKNOWN_KEY = '0b8e6c3a-1f2d-4c5b-9a8e-7d6c5b4a3f2e';

/** A started server with a manual clock and github + slack integrations. */
export interface TestServer {
  nango: FakeNango;
  clock: ManualClock;
}

/** Starts a seeded server. Close it with `nango.close()` in afterEach. */
export async function startTestServer(options: FakeNangoOptions = {}): Promise<TestServer> {
  const clock = new ManualClock();
  const nango = await startFakeNango({ clock, ...options });
  nango.addKey(KEY);
  nango.addIntegration({ unique_key: 'github', provider: 'github', display_name: 'GitHub' });
  nango.addIntegration({ unique_key: 'slack', provider: 'slack', display_name: 'Slack' });
  return { nango, clock };
}

/** A parsed response. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke into bodies freely
  body: any;
  text: string;
}

/** Request options: `json` sets the JSON Content-Type; `token` sets `Bearer <token>`. */
export interface CallOptions {
  method?: string;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  token?: string | null;
}

/** Calls the fake server with `KEY` unless another token (or null for none) is given. */
export async function call(
  nango: FakeNango,
  path: string,
  opts: CallOptions = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? KEY : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body = opts.body;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  }
  const res = await fetch(nango.url + path, { method: opts.method ?? 'GET', headers, body });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Creates a connect session and returns its token (fails the test on a non-201). */
export async function createSessionToken(nango: FakeNango, json: unknown): Promise<string> {
  const res = await call(nango, '/connect/sessions', { method: 'POST', json });
  if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${res.text}`);
  return res.body.data.token as string;
}
