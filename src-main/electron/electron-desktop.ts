/**
 * Desktop over Electron's clipboard and shell. Services vet links before opening them; the
 * https check here is a second line of defence, so a bug upstream cannot hand
 * `shell.openExternal` a `file:` or `javascript:` URL.
 */
import { clipboard, shell } from 'electron';
import type { Desktop } from '../platform/desktop';

/** Thrown when asked to open anything but an https URL. Maps to `internal`: it is a bug. */
export class UnsafeExternalUrlError extends Error {
  override readonly name = 'UnsafeExternalUrlError';
  constructor() {
    // The URL is left out on purpose: a connect link carries a session token.
    super('Refused to open a URL that is not https');
  }
}

/** The Desktop the app uses. */
export const electronDesktop: Desktop = {
  writeClipboard(text) {
    clipboard.writeText(text);
  },
  async openExternal(url) {
    const safe = httpsUrl(url);
    if (!safe) throw new UnsafeExternalUrlError();
    await shell.openExternal(safe);
  },
};

/** The normalised URL when it is https with a host and no credentials, else null. */
export function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
