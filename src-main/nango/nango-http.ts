/**
 * One Nango HTTP call: URL, headers, timeout, scheduling, network status and error mapping.
 * Everything above it (nango-client.ts) deals only in typed results and NangoError.
 *
 * Timeouts run on REAL time (`timers`, default the system clock), not on the injected Clock the
 * rest of main uses. A request timeout measures how long a socket waits, which has nothing to do
 * with the domain time the e2e harness fast-forwards: on a ManualClock a timeout would never fire
 * unless a test advanced it, and advancing 30 minutes to expire a session would abort every
 * request in flight. Tests of the timeout pass a short `timeoutMs` against the fake's slow fault.
 */
import type { RequestPriority, RequestScheduler } from '../network/request-scheduler';
import type { NetworkMonitor } from '../network/network-monitor';
import type { Clock, TimerHandle } from '../platform/clock';
import { NangoError } from './nango-error';
import { errorFromResponse } from './nango-response-error';
import { buildNangoUrl, type QueryParams } from './nango-url';
import { describeNetworkFailure, isNetworkFailure, proxySignInMessage } from './network-failure';
import { RedirectRefusedError } from './redirect-refused-error';

/** Real-time timers for request timeouts (see the file comment for why not the Clock). */
export type RequestTimers = Pick<Clock, 'setTimeout' | 'clearTimeout'>;

/** What every call needs; built once per client. */
export interface NangoHttpDeps {
  baseUrl: string;
  fetch: typeof fetch;
  scheduler: RequestScheduler;
  monitor: NetworkMonitor;
  /** The domain clock: only used to read Retry-After dates and reset times. */
  clock: Pick<Clock, 'now'>;
  timers: RequestTimers;
  timeoutMs: number;
}

/** One call. `bearer` is the secret key or a session token; it only ever goes in the header. */
export interface NangoRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: QueryParams;
  body?: unknown;
  bearer: string;
  bucket: string;
  priority: RequestPriority;
}

/**
 * Sends a request and resolves with its JSON body (`undefined` when empty or not JSON), or
 * rejects with a NangoError. Errors that are not about the call (e.g. a bug) pass through.
 */
export async function nangoRequest(deps: NangoHttpDeps, request: NangoRequest): Promise<unknown> {
  assertHeaderSafe(request.bearer);
  const url = buildNangoUrl(deps.baseUrl, request.path, request.query);
  const controller = new AbortController();
  let timer: TimerHandle | undefined;
  let timedOut = false;
  const send = (): Promise<Response> => {
    // Started here, not before scheduling: time spent queued behind other calls is not a timeout.
    timer = deps.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, deps.timeoutMs);
    return deps.fetch(url, {
      method: request.method,
      headers: buildHeaders(request.bearer, request.body !== undefined),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
      // Nango never redirects; following one could carry the key somewhere unexpected.
      redirect: 'manual',
    });
  };
  try {
    const response = await deps.scheduler.run(request.bucket, request.priority, send);
    const body = parseJson(await response.text());
    // A 407 comes from the network's proxy, not from Nango: Nango is still out of reach.
    if (response.status === 407) throw proxySignInRequired(new URL(url).host, deps);
    deps.monitor.reportReachable();
    if (response.status >= 200 && response.status < 300) return body;
    throw errorFromResponse(response.status, response.headers, body, request, deps.clock.now());
  } catch (error) {
    throw toCallError(error, timedOut, new URL(url).host, deps);
  } finally {
    if (timer !== undefined) deps.timers.clearTimeout(timer);
  }
}

function buildHeaders(bearer: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${bearer}`,
  };
  // Only with a body: the server refuses a body on GET/DELETE, and no body needs no type.
  if (hasBody) headers['Content-Type'] = 'application/json';
  return headers;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toCallError(
  error: unknown,
  timedOut: boolean,
  host: string,
  deps: NangoHttpDeps,
): unknown {
  if (error instanceof NangoError) return error;
  if (timedOut) {
    // Not reported to the monitor: a slow server is not an offline network.
    const seconds = Math.round(deps.timeoutMs / 100) / 10;
    return new NangoError('timeout', `Nango (${host}) did not answer within ${seconds} s.`);
  }
  if (error instanceof RedirectRefusedError) {
    return new NangoError(
      'server',
      `Nango (${host}) answered with a redirect, which Handoff never follows with the key. Check the API URL (a redirect often means http instead of https).`,
    );
  }
  if (isNetworkFailure(error)) {
    const reason = describeNetworkFailure(error, host);
    deps.monitor.reportUnreachable(reason);
    return new NangoError('offline', `${reason} Check the network and the profile's API URL.`);
  }
  return error;
}

function proxySignInRequired(host: string, deps: NangoHttpDeps): NangoError {
  const reason = proxySignInMessage(host);
  deps.monitor.reportUnreachable(reason);
  return new NangoError('offline', reason, { status: 407 });
}

/**
 * fetch rejects a header value with control characters with a TypeError whose message quotes
 * the value, i.e. the key. Refuse such a credential first, in words that do not include it.
 */
function assertHeaderSafe(bearer: string): void {
  if (bearer === '' || !/^[\x21-\x7e]+$/.test(bearer)) {
    throw new NangoError(
      'unauthorized',
      'The stored credential is empty or has characters Nango keys never contain (spaces, line breaks). Paste the key again.',
    );
  }
}
