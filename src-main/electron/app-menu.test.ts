import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  app: { isPackaged: true, name: 'Handoff', getVersion: () => '1.2.3' },
  installed: null as unknown,
  template: [] as { label?: string; id?: string; click?: () => void; submenu?: unknown[] }[],
  openPath: vi.fn(async (_path: string) => ''),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
}));
vi.mock('electron', () => ({
  app: fake.app,
  Menu: {
    buildFromTemplate: (template: typeof fake.template) => {
      fake.template = template;
      return { built: template };
    },
    setApplicationMenu: (menu: unknown) => {
      fake.installed = menu;
    },
  },
  shell: { openPath: fake.openPath },
  dialog: { showMessageBox: fake.showMessageBox },
}));

import type { BrowserWindow } from 'electron';
import { installAppMenu, type AppMenuOptions } from './app-menu';

function fakeWindow(minimized = false) {
  return {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  };
}
type FakeWindow = ReturnType<typeof fakeWindow>;

function install(windows: FakeWindow[], focused: FakeWindow | null = null) {
  const options: AppMenuOptions = {
    windows: () => windows as unknown as BrowserWindow[],
    focusedWindow: () => focused as unknown as BrowserWindow | null,
    openWindow: vi.fn(),
    logsFolder: '/home/u/.config/Handoff/logs',
    log: vi.fn(),
  };
  installAppMenu(options);
  const items = (list: unknown[]): typeof fake.template =>
    (list as typeof fake.template).flatMap((i) => [i, ...items(i.submenu ?? [])]);
  const click = (id: string) => items(fake.template).find((i) => i.id === id)!.click!();
  return { options, click };
}

beforeEach(() => {
  fake.installed = null;
  fake.openPath.mockClear();
  fake.showMessageBox.mockClear();
});

describe('installAppMenu', () => {
  it('sets the built template as the application menu', () => {
    install([]);
    expect(fake.installed).toEqual({ built: fake.template });
    expect(fake.template.map((m) => m.label)).toContain('Help');
  });

  it('sends a command to the focused window as menu:command', () => {
    const [first, focused] = [fakeWindow(), fakeWindow()];
    const { click } = install([first, focused], focused);
    click('new-handoff');
    expect(focused.webContents.send).toHaveBeenCalledWith('menu:command', {
      command: 'new-handoff',
    });
    expect(first.webContents.send).not.toHaveBeenCalled();
  });

  it('with no focused window, restores and focuses the first one and sends it there', () => {
    const window = fakeWindow(true);
    const { click } = install([window]);
    click('desk');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', { command: 'desk' });
  });

  it('with no window at all, opens one', () => {
    const { click, options } = install([]);
    click('settings');
    expect(options.openWindow).toHaveBeenCalledOnce();
  });

  it('Help → Open Logs Folder opens the logs folder and reports a failure', async () => {
    fake.openPath.mockResolvedValueOnce('No application is registered');
    const { click, options } = install([]);
    click('open-logs');
    expect(fake.openPath).toHaveBeenCalledWith('/home/u/.config/Handoff/logs');
    await vi.waitFor(() =>
      expect(options.log).toHaveBeenCalledWith(
        'menu: could not open the logs folder (No application is registered)',
      ),
    );
  });

  it('About shows the version (on Windows and Linux, where there is no about role)', () => {
    if (process.platform === 'darwin') return;
    const { click } = install([]);
    click('about');
    expect(fake.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'About Handoff', detail: expect.stringContaining('1.2.3') }),
    );
  });
});
