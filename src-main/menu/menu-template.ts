/**
 * The application menu as data: a pure function of the platform and build, so the roles,
 * accelerators and what a packaged build leaves out are asserted in tests. The Electron
 * adapter (src-main/electron/app-menu.ts) only hands the template to `Menu`.
 */
import type { MenuCommand } from '../../src-shared/contract/events';

/** The Electron roles the menu uses (a subset of MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front'
  | 'window'
  | 'help';

/** One menu item, shaped like Electron's MenuItemConstructorOptions. */
export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

/** What the menu needs to know and do. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  /** A packaged build has no Reload, Force reload or DevTools. */
  isPackaged: boolean;
  appName: string;
  /** Forwards an app command to the renderer. */
  onCommand: (command: MenuCommand) => void;
  openLogsFolder: () => void;
  /** About, on platforms without the macOS about role. */
  showAbout: () => void;
}

/** The app's own commands, their labels and shortcuts. */
export const APP_COMMANDS: Record<MenuCommand, { label: string; accelerator: string }> = {
  'new-handoff': { label: 'New Handoff', accelerator: 'CmdOrCtrl+N' },
  presenter: { label: 'Presenter View', accelerator: 'CmdOrCtrl+Shift+P' },
  // Not CmdOrCtrl+Shift+R: that is Force Reload in a development build.
  'revoke-all': { label: 'Revoke All Links…', accelerator: 'CmdOrCtrl+Shift+Backspace' },
  desk: { label: 'Reconnect Desk', accelerator: 'CmdOrCtrl+D' },
  ledger: { label: 'Ledger', accelerator: 'CmdOrCtrl+L' },
  settings: { label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
};

const separator: MenuItemSpec = { type: 'separator' };

/** Builds the whole application menu. */
export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const mac = options.platform === 'darwin';
  const command = (name: MenuCommand): MenuItemSpec => ({
    id: name,
    ...APP_COMMANDS[name],
    click: () => options.onCommand(name),
  });

  const appMenu: MenuItemSpec = {
    label: options.appName,
    submenu: [
      { role: 'about', label: `About ${options.appName}` },
      separator,
      command('settings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemSpec = {
    label: 'File',
    submenu: [
      command('new-handoff'),
      command('revoke-all'),
      // On macOS Settings lives in the app menu, as every Mac app has it.
      ...(mac ? [] : [separator, command('settings'), separator, { role: 'quit' } as const]),
    ],
  };
  const editMenu: MenuItemSpec = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemSpec = {
    label: 'View',
    submenu: [
      command('presenter'),
      command('desk'),
      command('ledger'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.isPackaged
        ? []
        : [
            separator,
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
          ]),
    ],
  };
  const windowMenu: MenuItemSpec = {
    label: 'Window',
    role: 'window',
    submenu: mac
      ? [
          { role: 'minimize' },
          { role: 'zoom' },
          separator,
          { role: 'front' },
          separator,
          { role: 'close' },
        ]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItemSpec = {
    label: 'Help',
    role: 'help',
    submenu: [
      { id: 'open-logs', label: 'Open Logs Folder', click: options.openLogsFolder },
      ...(mac
        ? []
        : [
            separator,
            { id: 'about', label: `About ${options.appName}`, click: options.showAbout },
          ]),
    ],
  };
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
