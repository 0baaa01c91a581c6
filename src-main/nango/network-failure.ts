/**
 * Recognises a fetch that failed below HTTP (DNS, refused, reset, TLS, proxy) and says so in
 * words, for both network stacks the app uses:
 * - Node's fetch throws `TypeError('fetch failed')` with the socket error as `cause` (sometimes
 *   an AggregateError of several), and `TypeError('terminated')` when the socket dies mid-body.
 * - Electron's `net.fetch` (Chromium's stack, src-main/electron/net-fetch.ts) rejects with a
 *   plain `Error('net::ERR_NAME_NOT_RESOLVED')`: the message is Chromium's net error name.
 */

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const REFUSED = new Set(['ECONNREFUSED']);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const UNREACHABLE = new Set([
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Chromium net errors by what they mean; names from Chromium's net/base/net_error_list.h. */
const CHROMIUM_DNS = /^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|DNS_)/;
const CHROMIUM_REFUSED = /^ERR_CONNECTION_REFUSED$/;
const CHROMIUM_CUT = /^ERR_(CONNECTION_(RESET|CLOSED|ABORTED)|EMPTY_RESPONSE|HTTP2_|QUIC_)/;
const CHROMIUM_TLS = /^ERR_(CERT_|SSL_|BAD_SSL_)/;
const CHROMIUM_PROXY_AUTH = /^ERR_PROXY_AUTH_/;
const CHROMIUM_PROXY = /^ERR_(PROXY_|TUNNEL_CONNECTION_FAILED|PAC_|MANDATORY_PROXY_)/;
const CHROMIUM_UNREACHABLE =
  /^ERR_(INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|CONNECTION_TIMED_OUT|CONNECTION_FAILED|TIMED_OUT|ADDRESS_INVALID)$/;
const CHROMIUM_KINDS = [
  CHROMIUM_DNS,
  CHROMIUM_REFUSED,
  CHROMIUM_CUT,
  CHROMIUM_TLS,
  CHROMIUM_PROXY_AUTH,
  CHROMIUM_PROXY,
  CHROMIUM_UNREACHABLE,
];

/**
 * The Chromium net error names in the messages (`net::ERR_X` → `ERR_X`). Others, such as
 * ERR_INVALID_URL or ERR_BLOCKED_BY_CLIENT, are not outages and are not listed in any kind.
 */
function chromiumErrors(messages: string[]): string[] {
  return messages.flatMap((m) => /^net::(ERR_[A-Z0-9_]+)$/.exec(m.trim())?.[1] ?? []);
}

/** Every error code and message in an error's cause chain (bounded, cycles ignored). */
function collect(
  error: unknown,
  seen = new Set<unknown>(),
): { codes: string[]; messages: string[] } {
  const out = { codes: [] as string[], messages: [] as string[] };
  if (typeof error !== 'object' || error === null || seen.has(error) || seen.size > 20) return out;
  seen.add(error);
  const record = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string') out.codes.push(record.code);
  if (typeof record.message === 'string') out.messages.push(record.message);
  const nested = [record.cause, ...(Array.isArray(record.errors) ? record.errors : [])];
  for (const inner of nested) {
    const found = collect(inner, seen);
    out.codes.push(...found.codes);
    out.messages.push(...found.messages);
  }
  return out;
}

/** True for a failure to reach the server at all (as opposed to an abort or a bug). */
export function isNetworkFailure(error: unknown): boolean {
  // Only fetch's own wrappers: other TypeErrors (a bad header value, say) are bugs, not outages.
  if (error instanceof TypeError && /^(fetch failed|terminated)$/.test(error.message)) return true;
  const { codes, messages } = collect(error);
  return (
    codes.some((c) => DNS.has(c) || REFUSED.has(c) || CUT.has(c) || UNREACHABLE.has(c)) ||
    messages.some((m) => /socket hang up|other side closed/i.test(m)) ||
    chromiumErrors(messages).some((name) => CHROMIUM_KINDS.some((kind) => kind.test(name)))
  );
}

/** A sentence for people saying why `host` could not be reached. Never includes headers. */
export function describeNetworkFailure(error: unknown, host: string): string {
  const { codes, messages } = collect(error);
  const chromium = chromiumErrors(messages);
  const isChromium = (kind: RegExp): boolean => chromium.some((name) => kind.test(name));
  if (codes.some((c) => DNS.has(c)) || isChromium(CHROMIUM_DNS)) {
    return `Can't find ${host} (DNS lookup failed).`;
  }
  if (codes.some((c) => REFUSED.has(c)) || isChromium(CHROMIUM_REFUSED)) {
    return `${host} refused the connection.`;
  }
  if (
    codes.some((c) => c.startsWith('CERT_') || c.includes('CERT') || c.includes('SSL')) ||
    isChromium(CHROMIUM_TLS)
  ) {
    return `${host}'s TLS certificate was not accepted.`;
  }
  if (isChromium(CHROMIUM_PROXY_AUTH)) return proxySignInMessage(host);
  if (isChromium(CHROMIUM_PROXY)) {
    return `Can't reach ${host} through the network's proxy. Check the system proxy settings.`;
  }
  if (
    codes.some((c) => CUT.has(c)) ||
    messages.some((m) => /socket hang up|other side closed|terminated/i.test(m)) ||
    isChromium(CHROMIUM_CUT)
  ) {
    return `The connection to ${host} was cut.`;
  }
  return `Can't reach ${host}.`;
}

/**
 * A proxy that wants a user name and password (HTTP 407). Chromium signs in to proxies with the
 * system account by itself (Kerberos, NTLM, Negotiate); a password prompt is not offered
 * because the main process's requests have no window to ask in.
 */
export function proxySignInMessage(host: string): string {
  return `The network's proxy asks for a sign-in before ${host} can be reached, and Handoff cannot sign in to it. Ask for ${host} to be allowed without sign-in, or for a proxy that accepts your system account.`;
}
