/**
 * What a fetch rejects with when the server redirected and the redirect was not followed, for
 * fetches that cannot hand the 3xx back as a response: Electron's `net.fetch` with
 * `redirect: 'manual'` cancels the request instead (src-main/electron/net-fetch.ts). Node's
 * fetch returns the 3xx itself. Both end as the same NangoError in nango-http.ts.
 */
export class RedirectRefusedError extends Error {
  override readonly name = 'RedirectRefusedError';
  constructor() {
    super('The server answered with a redirect, which is never followed.');
  }
}
