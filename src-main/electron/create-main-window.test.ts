import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  const state: { loadError?: Error } = {};
  class FakeWindow {
    readonly listeners = new Map<string, () => void>();
    readonly show = vi.fn();
    readonly maximize = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => {
      if (state.loadError) throw state.loadError;
    });
    readonly loadFile = vi.fn(async (_path: string) => {});
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return { FakeWindow, windows, state };
});
vi.mock('electron', () => ({ BrowserWindow: fake.FakeWindow }));

import { WINDOW_BACKGROUND } from '../../src-shared/models/appearance';
import { buildWebPreferences, createMainWindow } from './create-main-window';

beforeEach(() => {
  fake.windows.length = 0;
  fake.state.loadError = undefined;
});

describe('buildWebPreferences', () => {
  const prefs = buildWebPreferences('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and spellcheck off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('createMainWindow', () => {
  const base = { preloadPath: '/app/out/preload/index.js', iconPath: '/app/resources/icon.png' };

  it('creates a hidden, titled, sized window with the secure preferences', () => {
    createMainWindow({ ...base, renderer: { kind: 'file', path: '/app/out/renderer/index.html' } });
    const [window] = fake.windows;
    expect(window?.options).toMatchObject({
      title: 'Handoff',
      icon: '/app/resources/icon.png',
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 600,
      show: false,
      backgroundColor: WINDOW_BACKGROUND.light,
      webPreferences: buildWebPreferences(base.preloadPath),
    });
  });

  it('starts with the background of the effective theme, so dark mode never flashes white', () => {
    createMainWindow({
      ...base,
      backgroundColor: WINDOW_BACKGROUND.dark,
      renderer: { kind: 'file', path: '/x/index.html' },
    });
    expect(fake.windows[0]?.options).toMatchObject({ backgroundColor: '#111318' });
  });

  it('opens where it was left, maximised again if it was', () => {
    const bounds = { x: 40, y: 60, width: 1400, height: 900 };
    createMainWindow({
      ...base,
      bounds: { ...bounds, maximized: true },
      renderer: { kind: 'file', path: '/x/index.html' },
    });
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({ ...bounds, minWidth: 960, minHeight: 600 });
    expect(window.options).not.toHaveProperty('maximized');
    window.listeners.get('ready-to-show')?.();
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow({ ...base, renderer: { kind: 'file', path: '/x/index.html' } });
    const window = fake.windows[0]!;
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the built file in production and the dev server in dev', () => {
    createMainWindow({ ...base, renderer: { kind: 'file', path: '/x/index.html' } });
    createMainWindow({ ...base, renderer: { kind: 'dev-server', url: 'http://localhost:5173' } });
    const [prod, dev] = fake.windows;
    expect(prod?.loadFile).toHaveBeenCalledWith('/x/index.html');
    expect(prod?.loadURL).not.toHaveBeenCalled();
    expect(dev?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(dev?.loadFile).not.toHaveBeenCalled();
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const log = vi.fn();
    fake.state.loadError = new Error('ERR_CONNECTION_REFUSED');
    createMainWindow({ ...base, log, renderer: { kind: 'dev-server', url: 'http://localhost:1' } });
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('window: renderer failed to load (Error)'),
    );
  });
});
