/**
 * Desktop over Electron's clipboard and shell. Services vet links before opening them; the
 * check here (platform/external-url.ts: https, plain http only on loopback) is a second line
 * of defence, so a bug upstream cannot hand `shell.openExternal` a `file:` or `javascript:` URL.
 * Mail goes through its own door: only a mailto: URL (platform/mailto-url.ts).
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, Notification, shell } from 'electron';
import { AppFailure } from '../errors/app-failure';
import type { Desktop, QuitChoice } from '../platform/desktop';
import { assertOpenableExternalUrl } from '../platform/external-url';
import { assertMailtoUrl } from '../platform/mailto-url';
import { diskProblem, errnoCode, type DiskProblem } from '../store/storage-failure';
import { watchPower } from './power-events';

/** The quit prompt's buttons, in order; Cancel is the default and the Escape answer. */
export const QUIT_BUTTONS: { label: string; choice: QuitChoice }[] = [
  { label: 'Cancel', choice: 'cancel' },
  { label: 'Revoke all and quit', choice: 'revoke-and-quit' },
  { label: 'Keep them and quit', choice: 'keep-and-quit' },
];

export { UnsafeExternalUrlError } from '../platform/external-url';
export { UnsafeMailtoError } from '../platform/mailto-url';

/** The members of Desktop that follow the app's windows (content-protection.ts, window-theme.ts). */
type WindowBound =
  | 'setContentProtection'
  | 'contentProtectionSupported'
  | 'setThemeSource'
  | 'usesDarkColors'
  | 'onThemeChange';

/** The Desktop the app uses, less what follows its windows. */
export const electronDesktop: Omit<Desktop, WindowBound> = {
  onPowerChange: watchPower,
  writeClipboard(text) {
    clipboard.writeText(text);
  },
  async openExternal(url) {
    await shell.openExternal(assertOpenableExternalUrl(url));
  },
  async openMailto(url) {
    await shell.openExternal(assertMailtoUrl(url));
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
    await writeFile(filePath, content, 'utf8').catch((error: unknown) => {
      throw exportFailure(error, filePath);
    });
    return filePath;
  },
};

/**
 * A file the person chose could not be written (a read-only folder, a full disk): say so in
 * words they can act on, rather than the generic "something went wrong" of an unknown error.
 */
function exportFailure(error: unknown, filePath: string): Error {
  const code = errnoCode(error);
  if (!code) return error instanceof Error ? error : new Error('Export failed');
  const name = basename(filePath);
  const why: Record<DiskProblem, string> = {
    full: `${name} was not saved: the disk is full. Free some disk space and try again.`,
    'read-only': `${name} was not saved: Handoff may not write to ${dirname(filePath)}. Choose another folder and try again.`,
    other: `${name} was not saved: the disk reported an error (${code}). Try again, or choose another folder.`,
  };
  return new AppFailure('storage_unavailable', why[diskProblem(code)]);
}
