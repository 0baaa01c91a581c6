/**
 * The main window: sandboxed, isolated, no Node, and shown only once it has painted.
 */
import { BrowserWindow, type WebPreferences } from 'electron';
import { WINDOW_BACKGROUND } from '../../src-shared/models/appearance';
import { MAIN_WINDOW_SIZING, type InitialBounds } from '../window-state/window-bounds';
import type { RendererTarget } from './renderer-target';

/**
 * The window's web preferences. Every security-relevant value is written out, even where it
 * is Electron's default, so a changed default cannot weaken the app silently.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Main pushes state on events; a hidden window has nothing to animate.
    backgroundThrottling: true,
  };
}

/** What the window needs from the entry point. */
export interface MainWindowOptions {
  /** Absolute path of `out/preload/index.js`. */
  preloadPath: string;
  /** Absolute path of `resources/icon.png`. */
  iconPath: string;
  renderer: RendererTarget;
  /** Size, place and maximised state to open with (see initialBounds); default: centred. */
  bounds?: InitialBounds;
  /**
   * The effective theme's page background (window-theme.ts), painted before the renderer has:
   * a dark-mode window never starts white. Default: the light theme's.
   */
  backgroundColor?: string;
  /** Reports a failed load (the window stays, empty, rather than crash the app). */
  log?: (message: string) => void;
}

/** Creates the main window and starts loading the renderer. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { maximized = false, ...bounds } = options.bounds ?? {
    width: MAIN_WINDOW_SIZING.defaultWidth,
    height: MAIN_WINDOW_SIZING.defaultHeight,
  };
  const window = new BrowserWindow({
    title: 'Handoff',
    icon: options.iconPath,
    ...bounds,
    minWidth: MAIN_WINDOW_SIZING.minWidth,
    minHeight: MAIN_WINDOW_SIZING.minHeight,
    show: false,
    backgroundColor: options.backgroundColor ?? WINDOW_BACKGROUND.light,
    webPreferences: buildWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  const loading =
    options.renderer.kind === 'dev-server'
      ? window.loadURL(options.renderer.url)
      : window.loadFile(options.renderer.path);
  loading.catch((error: unknown) => {
    options.log?.(`window: renderer failed to load (${(error as Error)?.name ?? 'error'})`);
  });
  return window;
}
