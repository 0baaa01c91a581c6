/**
 * Installs the application menu built by buildMenuTemplate and carries its commands to the
 * window the user is looking at, as a `menu:command` event.
 */
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import type { EventPayloads, MenuCommand } from '../../src-shared/contract/events';
import { buildMenuTemplate } from '../menu/menu-template';

/** What the menu needs from the entry point. */
export interface AppMenuOptions {
  /** The app's live windows (the registry's), the one to use first. */
  windows: () => readonly BrowserWindow[];
  /** The focused window, if it is one of ours. */
  focusedWindow: () => BrowserWindow | null;
  /** Opens a main window when none is open (macOS keeps running without one). */
  openWindow: () => void;
  /** The folder the log file is written to. */
  logsFolder: string;
  log: (message: string) => void;
}

/** Sets the application menu. */
export function installAppMenu(options: AppMenuOptions): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    onCommand: (command) => sendMenuCommand(command, options),
    openLogsFolder: () => {
      void shell.openPath(options.logsFolder).then((failure) => {
        if (failure) options.log(`menu: could not open the logs folder (${failure})`);
      });
    },
    showAbout: () => void showAbout(options.focusedWindow()),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Sends a command to the focused app window, or the first one; opens one if there is none. */
function sendMenuCommand(command: MenuCommand, options: AppMenuOptions): void {
  const window = options.focusedWindow() ?? options.windows()[0];
  if (!window || window.isDestroyed()) {
    // The new window starts on the Handoff tab, which is what most commands lead to.
    options.openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  const payload: EventPayloads['menu:command'] = { command };
  window.webContents.send('menu:command', payload);
}

async function showAbout(parent: BrowserWindow | null): Promise<void> {
  const detail = [
    `Version ${app.getVersion()}`,
    `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
  ].join('\n');
  const box = { type: 'info' as const, title: `About ${app.name}`, message: app.name, detail };
  await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
}
