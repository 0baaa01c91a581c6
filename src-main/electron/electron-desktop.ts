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

/** Thrown when asked to open anything but a plain mailto: URL as mail. */
export class UnsafeMailtoError extends Error {
  override readonly name = 'UnsafeMailtoError';
  constructor() {
    // The URL is left out on purpose: the message in it carries a connect link.
    super('Refused to open a URL that is not a mailto: URL');
  }
}

/** The Desktop the app uses, less content protection (see content-protection.ts). */
export const electronDesktop: Omit<Desktop, 'setContentProtection' | 'contentProtectionSupported'> =
  {
    writeClipboard(text) {
      clipboard.writeText(text);
    },
    async openExternal(url) {
      const safe = httpsUrl(url);
      if (!safe) throw new UnsafeExternalUrlError();
      await shell.openExternal(safe);
    },
    async openMailto(url) {
      const safe = mailtoUrl(url);
      if (!safe) throw new UnsafeMailtoError();
      await shell.openExternal(safe);
    },
  };

/** The URL when it is a mailto: URL (no other scheme, no whitespace or controls), else null. */
export function mailtoUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('mailto:')) return null;
  // Main percent-encodes every field, so raw whitespace or control characters mean a bug.
  if ([...value].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20 || c === '\u007f')) {
    return null;
  }
  try {
    return new URL(value).protocol === 'mailto:' ? value : null;
  } catch {
    return null;
  }
}

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
