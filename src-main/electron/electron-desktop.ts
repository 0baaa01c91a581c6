/**
 * Desktop over Electron's clipboard and shell. Services vet links before opening them; the
 * check here (platform/external-url.ts: https, plain http only on loopback) is a second line
 * of defence, so a bug upstream cannot hand `shell.openExternal` a `file:` or `javascript:` URL.
 * Mail goes through its own door: only a mailto: URL (platform/mailto-url.ts).
 */
import { clipboard, shell } from 'electron';
import type { Desktop } from '../platform/desktop';
import { assertOpenableExternalUrl } from '../platform/external-url';
import { assertMailtoUrl } from '../platform/mailto-url';

export { UnsafeExternalUrlError } from '../platform/external-url';
export { UnsafeMailtoError } from '../platform/mailto-url';

/** The Desktop the app uses, less content protection (see content-protection.ts). */
export const electronDesktop: Omit<Desktop, 'setContentProtection' | 'contentProtectionSupported'> =
  {
    writeClipboard(text) {
      clipboard.writeText(text);
    },
    async openExternal(url) {
      await shell.openExternal(assertOpenableExternalUrl(url));
    },
    async openMailto(url) {
      await shell.openExternal(assertMailtoUrl(url));
    },
  };
