/**
 * Recognises a fetch that failed below HTTP (DNS, refused, reset, TLS) and says so in words.
 * Node's fetch throws `TypeError('fetch failed')` with the socket error as `cause` (sometimes an
 * AggregateError of several), and `TypeError('terminated')` when the socket dies mid-body.
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
    messages.some((m) => /socket hang up|other side closed/i.test(m))
  );
}

/** A sentence for people saying why `host` could not be reached. Never includes headers. */
export function describeNetworkFailure(error: unknown, host: string): string {
  const { codes, messages } = collect(error);
  if (codes.some((c) => DNS.has(c))) return `Can't find ${host} (DNS lookup failed).`;
  if (codes.some((c) => REFUSED.has(c))) return `${host} refused the connection.`;
  if (codes.some((c) => c.startsWith('CERT_') || c.includes('CERT') || c.includes('SSL'))) {
    return `${host}'s TLS certificate was not accepted.`;
  }
  if (
    codes.some((c) => CUT.has(c)) ||
    messages.some((m) => /socket hang up|other side closed|terminated/i.test(m))
  ) {
    return `The connection to ${host} was cut.`;
  }
  return `Can't reach ${host}.`;
}
