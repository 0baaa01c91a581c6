import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../src-shared/contract/events';
import {
  APP_COMMANDS,
  buildMenuTemplate,
  type MenuItemSpec,
  type MenuOptions,
} from './menu-template';

/**
 * Electron's default accelerators for the roles the menu uses (from its role docs), so an app
 * shortcut that collides with one is caught even though the template does not spell it out.
 */
function roleAccelerator(role: string, platform: NodeJS.Platform): string | undefined {
  const mac = platform === 'darwin';
  const table: Record<string, string | undefined> = {
    undo: 'CmdOrCtrl+Z',
    redo: mac ? 'Shift+CmdOrCtrl+Z' : platform === 'win32' ? 'Control+Y' : 'Shift+CmdOrCtrl+Z',
    cut: 'CmdOrCtrl+X',
    copy: 'CmdOrCtrl+C',
    paste: 'CmdOrCtrl+V',
    pasteAndMatchStyle: 'Shift+Alt+CmdOrCtrl+V',
    selectAll: 'CmdOrCtrl+A',
    minimize: 'CmdOrCtrl+M',
    close: 'CmdOrCtrl+W',
    quit: platform === 'win32' ? undefined : 'CmdOrCtrl+Q',
    reload: 'CmdOrCtrl+R',
    forceReload: 'Shift+CmdOrCtrl+R',
    toggleDevTools: mac ? 'Alt+CmdOrCtrl+I' : 'Ctrl+Shift+I',
    resetZoom: 'CmdOrCtrl+0',
    zoomIn: 'CmdOrCtrl+Plus',
    zoomOut: 'CmdOrCtrl+-',
    togglefullscreen: mac ? 'Control+Cmd+F' : 'F11',
    hide: 'CmdOrCtrl+H',
    hideOthers: 'Alt+CmdOrCtrl+H',
  };
  return table[role];
}

/** One spelling per key combination: CmdOrCtrl resolved for the platform, modifiers sorted. */
function normalise(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split('+').map((p) => p.toLowerCase());
  const key = parts.pop()!;
  const mods = parts.map((m) => {
    if (m === 'cmdorctrl' || m === 'commandorcontrol')
      return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (m === 'control') return 'ctrl';
    if (m === 'command') return 'cmd';
    if (m === 'option') return 'alt';
    return m;
  });
  return [...new Set(mods)].sort().concat(key).join('+');
}

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const options: MenuOptions = {
    platform: 'linux',
    isPackaged: true,
    appName: 'Handoff',
    onCommand: vi.fn(),
    openLogsFolder: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
  const template = buildMenuTemplate(options);
  return { options, template, items: flatten(template) };
}

const roles = (items: MenuItemSpec[]) => items.map((i) => i.role).filter(Boolean);
const PLATFORMS: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];
const BUILDS = PLATFORMS.flatMap((platform) =>
  [true, false].map((isPackaged) => ({ platform, isPackaged })),
);

describe('buildMenuTemplate: standard roles', () => {
  it('macOS has the App menu first with About, Services, Hide and Quit', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('Handoff');
    expect(roles(template[0]!.submenu!)).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(template.map((m) => m.label)).toEqual([
      'Handoff',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it.each(PLATFORMS)('%s has Edit with the text-field roles', (platform) => {
    const edit = build({ platform }).template.find((m) => m.label === 'Edit')!;
    expect(roles(edit.submenu!)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']),
    );
  });

  it('the Window menu minimises, zooms and closes on macOS; minimises and closes elsewhere', () => {
    const window = (platform: NodeJS.Platform) =>
      build({ platform }).template.find((m) => m.label === 'Window')!;
    expect(window('darwin').role).toBe('window');
    expect(roles(window('darwin').submenu!)).toEqual(['minimize', 'zoom', 'front', 'close']);
    expect(roles(window('win32').submenu!)).toEqual(['minimize', 'close']);
  });

  it('Windows and Linux have no App menu: Settings and Quit are under File, About under Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template, items } = build({ platform });
      expect(template[0]!.label).toBe('File');
      expect(roles(template[0]!.submenu!)).toContain('quit');
      expect(template[0]!.submenu!.map((i) => i.id)).toContain('settings');
      expect(items.filter((i) => i.role === 'about')).toHaveLength(0);
      expect(template.at(-1)!.submenu!.map((i) => i.id)).toEqual(['open-logs', undefined, 'about']);
    }
  });
});

describe('buildMenuTemplate: the app’s commands', () => {
  it.each(BUILDS)('every command appears once, with its accelerator ($platform)', (build_) => {
    const { items } = build(build_);
    for (const command of MENU_COMMANDS) {
      const found = items.filter((i) => i.id === command);
      expect(found, command).toHaveLength(1);
      expect(found[0]!.accelerator).toBe(APP_COMMANDS[command].accelerator);
    }
  });

  it('has the shortcuts people expect', () => {
    expect(APP_COMMANDS['new-handoff'].accelerator).toBe('CmdOrCtrl+N');
    expect(APP_COMMANDS.settings.accelerator).toBe('CmdOrCtrl+,');
    expect(APP_COMMANDS.presenter.accelerator).toBe('CmdOrCtrl+Shift+P');
  });

  it.each(BUILDS)(
    'no two items share a key combination, roles’ defaults included ($platform, packaged $isPackaged)',
    ({ platform, isPackaged }) => {
      const { items } = build({ platform, isPackaged });
      const combos = items
        .map((i) => i.accelerator ?? (i.role && roleAccelerator(i.role, platform)))
        .filter((a): a is string => Boolean(a))
        .map((a) => normalise(a, platform));
      expect(combos.length).toBeGreaterThan(10);
      expect(combos.filter((c, n) => combos.indexOf(c) !== n)).toEqual([]);
    },
  );

  it('Revoke all does not sit on Force Reload’s key in a development build', () => {
    const forceReload = normalise('Shift+CmdOrCtrl+R', 'linux');
    expect(normalise(APP_COMMANDS['revoke-all'].accelerator, 'linux')).not.toBe(forceReload);
  });

  it('clicking a command forwards it; Help items call their actions', () => {
    const { options, items } = build({ platform: 'win32' });
    for (const command of MENU_COMMANDS) items.find((i) => i.id === command)!.click!();
    expect(vi.mocked(options.onCommand).mock.calls.map(([c]) => c)).toEqual(MENU_COMMANDS);
    items.find((i) => i.id === 'open-logs')!.click!();
    items.find((i) => i.id === 'about')!.click!();
    expect(options.openLogsFolder).toHaveBeenCalledOnce();
    expect(options.showAbout).toHaveBeenCalledOnce();
  });
});

describe('buildMenuTemplate: development tools', () => {
  const devRoles = ['reload', 'forceReload', 'toggleDevTools'];

  it.each(PLATFORMS)(
    'a packaged build has no Reload, Force Reload or DevTools (%s)',
    (platform) => {
      const { items } = build({ platform, isPackaged: true });
      expect(roles(items).filter((r) => devRoles.includes(r!))).toEqual([]);
      expect(items.map((i) => i.label ?? '').filter((l) => /reload|devtools/i.test(l))).toEqual([]);
    },
  );

  it('a development build keeps them, in View', () => {
    const view = build({ isPackaged: false }).template.find((m) => m.label === 'View')!;
    expect(roles(view.submenu!)).toEqual(expect.arrayContaining(devRoles));
  });
});
