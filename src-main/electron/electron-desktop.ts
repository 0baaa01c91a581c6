/**
 * Desktop over Electron's clipboard and shell. Services vet links before opening them; the
 * https check here is a second line of defence, so a bug upstream cannot hand
 * `shell.openExternal` a `file:` or `javascript:` URL.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, Notification, shell } from 'electron';
import type { Desktop, QuitChoice } from '../platform/desktop';

/** The quit prompt's buttons, in order; Cancel is the default and the Escape answer. */
export const QUIT_BUTTONS: { label: string; choice: QuitChoice }[] = [
  { label: 'Cancel', choice: 'cancel' },
  { label: 'Revoke all and quit', choice: 'revoke-and-quit' },
  { label: 'Keep them and quit', choice: 'keep-and-quit' },
];

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
  notify({ title, body }) {
    if (!Notification.isSupported()) return;
    new Notification({ title, body, silent: false }).show();
  },
  async confirmQuit({ liveLinks }) {
    const options = {
      type: 'warning' as const,
      buttons: QUIT_BUTTONS.map((b) => b.label),
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      title: 'Links are still live',
      message:
        liveLinks === 1
          ? '1 connect link is still live.'
          : `${liveLinks} connect links are still live.`,
      detail:
        'Anyone with a live link can still connect an account. Revoke them now, or keep them: Handoff restores them and checks each with Nango when it starts again.',
    };
    const parent = BrowserWindow.getFocusedWindow();
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return QUIT_BUTTONS[response]?.choice ?? 'cancel';
  },
  async saveTextFile({ defaultName, content }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = {
      defaultPath: join(app.getPath('downloads'), defaultName),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const { canceled, filePath } = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    await writeFile(filePath, content, 'utf8');
    return filePath;
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
