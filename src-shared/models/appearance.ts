/**
 * Appearance: which theme the app follows. Main applies the choice to Electron's nativeTheme,
 * which drives the renderer's `prefers-color-scheme`, so the renderer's tokens follow it with
 * no code of their own.
 */

/** Follow the OS, or force light or dark (Electron's `nativeTheme.themeSource` values). */
export const THEME_SOURCES = ['system', 'light', 'dark'] as const;
/** One of {@link THEME_SOURCES}. */
export type ThemeSource = (typeof THEME_SOURCES)[number];

/** The choice and what it means right now. */
export interface AppearanceState {
  source: ThemeSource;
  /** True while the effective theme is dark (the OS is dark and the choice is System, or Dark). */
  dark: boolean;
}

/**
 * The window's own background per theme: the renderer's `--bg` token, so a window that opens
 * or repaints before the page has loaded shows no white flash in dark mode.
 */
export const WINDOW_BACKGROUND = { light: '#f3f4f7', dark: '#111318' } as const;
