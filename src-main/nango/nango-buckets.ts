/**
 * Scheduler bucket names. The account bucket is keyed by API base URL + a fingerprint of the
 * key, because Nango counts requests per account and a profile's key can be replaced. The
 * fingerprint is a truncated SHA-256: bucket names are shown to tests and the UI, keys never.
 */
import { createHash } from 'node:crypto';
import type { NangoBuckets } from './nango-client-types';
import { normaliseBaseUrl } from './nango-url';

/** The buckets for calls to `baseUrl` made with `secretKey`. */
export function nangoBuckets(baseUrl: string, secretKey: string): NangoBuckets {
  const base = normaliseBaseUrl(baseUrl);
  const fingerprint = createHash('sha256').update(secretKey).digest('hex').slice(0, 12);
  return { account: `account ${base} key:${fingerprint}`, sessionToken: `session-token ${base}` };
}

/** The session-token bucket alone (needs no key). */
export function sessionTokenBucket(baseUrl: string): string {
  return `session-token ${normaliseBaseUrl(baseUrl)}`;
}
