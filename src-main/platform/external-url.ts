/**
 * The last check before a URL reaches the OS browser (`shell.openExternal`). Services vet links
 * first; this is the second line of defence, so a bug upstream cannot hand the shell a `file:`
 * or `javascript:` URL. Same scheme rule as the profile schema and link vetting: https, plain
 * http only on loopback (a default self-hosted Nango's Connect UI is http://localhost:3009).
 */
import { isHttpsOrLoopbackHttp } from '../../src-shared/net/loopback-http';

/** Thrown when asked to open anything else. Maps to `internal`: it is a bug. */
export class UnsafeExternalUrlError extends Error {
  override readonly name = 'UnsafeExternalUrlError';
  constructor() {
    // The URL is left out on purpose: a connect link carries a session token.
    super('Refused to open a URL that is not https (or plain http on this machine)');
  }
}

/** The normalised URL when it may be opened (see the file comment) with no credentials, else null. */
export function openableExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    if (!isHttpsOrLoopbackHttp(url) || !url.hostname || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** {@link openableExternalUrl} or throws {@link UnsafeExternalUrlError}. */
export function assertOpenableExternalUrl(value: unknown): string {
  const safe = openableExternalUrl(value);
  if (safe === null) throw new UnsafeExternalUrlError();
  return safe;
}
