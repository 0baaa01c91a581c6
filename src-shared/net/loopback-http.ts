/**
 * The one rule for which web URLs Handoff accepts, shared by the profile schema, connect-link
 * vetting and `shell.openExternal`: https everywhere, plain http only on this machine. A
 * default self-hosted Nango serves its API on http://localhost:3003 and hands out links on
 * http://localhost:3009, and traffic that never leaves the machine has no network to be read
 * on; anything else over plain http could be read or rewritten on the way.
 */

/** Host names (as `URL.hostname` spells them) that always mean this machine. */
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** True when `url` is plain http to a loopback host: the one case http is allowed. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
}

/** True for https, or for plain http on loopback ({@link isLoopbackHttp}). */
export function isHttpsOrLoopbackHttp(url: URL): boolean {
  return url.protocol === 'https:' || isLoopbackHttp(url);
}
