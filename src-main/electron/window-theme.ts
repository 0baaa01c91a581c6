/**
 * The app's theme over Electron's nativeTheme: `themeSource` drives the renderer's
 * `prefers-color-scheme`, and every window's background colour follows the effective theme
 * (set at creation and on each `updated`), so a window never flashes white in dark mode while
 * it loads, resizes or repaints.
 */
import type { BrowserWindow, NativeTheme } from 'electron';
import { WINDOW_BACKGROUND, type ThemeSource } from '../../src-shared/models/appearance';
import type { Desktop } from '../platform/desktop';

/** The part of nativeTheme this adapter touches. */
export type ThemeHost = Pick<NativeTheme, 'themeSource' | 'shouldUseDarkColors'> & {
  on(event: 'updated', listener: () => void): unknown;
  removeListener(event: 'updated', listener: () => void): unknown;
};

/** The part of a BrowserWindow this adapter touches. */
export type ThemedWindow = Pick<BrowserWindow, 'setBackgroundColor' | 'isDestroyed'>;

/** The Desktop's theme members, plus what the window code needs. */
export interface WindowTheme extends Pick<
  Desktop,
  'setThemeSource' | 'usesDarkColors' | 'onThemeChange'
> {
  /** The background colour a window opened now should start with. */
  backgroundColor(): string;
  /** Stops following nativeTheme. */
  dispose(): void;
}

/** Follows `theme` and repaints the windows `windows()` lists. */
export function createWindowTheme(
  theme: ThemeHost,
  windows: () => readonly ThemedWindow[],
): WindowTheme {
  const listeners = new Set<() => void>();
  const backgroundColor = () =>
    theme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
  const changed = () => {
    const colour = backgroundColor();
    for (const window of windows()) {
      if (!window.isDestroyed()) window.setBackgroundColor(colour);
    }
    for (const listener of [...listeners]) listener();
  };
  theme.on('updated', changed);
  return {
    setThemeSource(source: ThemeSource) {
      theme.themeSource = source;
      // nativeTheme emits `updated` only when the effective theme changes; repaint anyway.
      changed();
    },
    usesDarkColors: () => theme.shouldUseDarkColors,
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backgroundColor,
    dispose: () => theme.removeListener('updated', changed),
  };
}
