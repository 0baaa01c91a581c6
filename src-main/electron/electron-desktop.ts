/**
 * Desktop over Electron's clipboard and shell. Services vet links before opening them; the
 * check here (platform/external-url.ts: https, plain http only on loopback) is a second line
 * of defence, so a bug upstream cannot hand `shell.openExternal` a `file:` or `javascript:` URL.
 */
import { clipboard, shell } from 'electron';
import type { Desktop } from '../platform/desktop';
import { assertOpenableExternalUrl } from '../platform/external-url';

export { UnsafeExternalUrlError } from '../platform/external-url';

/** The Desktop the app uses. */
export const electronDesktop: Desktop = {
  writeClipboard(text) {
    clipboard.writeText(text);
  },
  async openExternal(url) {
    await shell.openExternal(assertOpenableExternalUrl(url));
  },
};
