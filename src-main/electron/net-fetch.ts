/**
 * Presents Electron's `net.fetch` / `session.fetch` (Chromium's network stack: system proxy,
 * PAC, WPAD, proxies that sign in with the system account) as the `fetch` the Nango client
 * takes, with the same contract as Node's fetch on the points the client relies on:
 *
 * - Redirects are never followed. `redirect: 'manual'` makes Chromium stop at the 3xx and
 *   cancel the request (it rejects with "Redirect was cancelled" rather than handing back the
 *   3xx as Node does), so the key never travels to the redirect's target. The adapter turns
 *   that into a RedirectRefusedError; nango-http reports it.
 * - The AbortSignal (the client's timeout) settles the call at once, even if Chromium is slow
 *   to cancel, and it covers the body too: the body is read here, whole, before resolving.
 * - No cookies and no HTTP cache: an API call must not carry or leave state behind.
 * Network failures keep Chromium's `net::ERR_*` words; network-failure.ts reads them.
 *
 * Proxy sign-in: a main-process request has no window to prompt in, and `net.fetch` does not
 * expose the request's `login` event (app `login` fires for webContents only), so Chromium
 * cancels a password challenge and the client reports the proxy's 407 in words.
 */
import { RedirectRefusedError } from '../nango/redirect-refused-error';

/** The part of `net.fetch` / `session.fetch` used here (Chromium honours `cache`; Node has none). */
export type ChromiumFetch = (
  input: string,
  init: RequestInit & { cache?: 'no-store' },
) => Promise<Response>;

/** Statuses whose Response may not have a body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
/** 3xx that redirect (304 Not Modified does not). */
const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);
/** How Chromium's ClientRequest says it stopped at a redirect ('manual' and 'error' policies). */
const CANCELLED_REDIRECT = /^(Redirect was cancelled|Attempted to redirect)/;

/** Wraps `chromiumFetch` (e.g. `(url, init) => session.fetch(url, init)`) as a fetch. */
export function createNetFetch(chromiumFetch: ChromiumFetch): typeof fetch {
  return async (input, init = {}) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortReason(signal);
    const call = send(chromiumFetch, urlOf(input), {
      ...init,
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    return signal ? settleOnAbort(call, signal) : call;
  };
}

async function send(
  chromiumFetch: ChromiumFetch,
  url: string,
  init: Parameters<ChromiumFetch>[1],
): Promise<Response> {
  let response: Response;
  try {
    response = await chromiumFetch(url, init);
  } catch (error) {
    throw error instanceof Error && CANCELLED_REDIRECT.test(error.message)
      ? new RedirectRefusedError()
      : error;
  }
  // An opaque redirect (status 0) is what the Fetch standard says 'manual' gives back.
  if (response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)) {
    await response.body?.cancel();
    throw new RedirectRefusedError();
  }
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The client only passes URLs; a Request's own headers and body would be lost, so refuse it. */
function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  throw new TypeError('The net.fetch adapter takes a URL and an init, not a Request.');
}

/** Rejects with the signal's reason as soon as it aborts, whatever `call` is doing. */
function settleOnAbort(call: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
