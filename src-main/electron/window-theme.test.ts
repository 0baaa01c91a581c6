import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ThemeSource } from '../../src-shared/models/appearance';
import { WINDOW_BACKGROUND } from '../../src-shared/models/appearance';
import { createWindowTheme, type ThemedWindow } from './window-theme';

/** A small nativeTheme: dark when forced, or when the OS is dark under System. */
class FakeNativeTheme extends EventEmitter {
  osDark = false;
  private source: ThemeSource = 'system';
  get themeSource(): ThemeSource {
    return this.source;
  }
  set themeSource(value: ThemeSource) {
    const before = this.shouldUseDarkColors;
    this.source = value;
    if (this.shouldUseDarkColors !== before) this.emit('updated');
  }
  get shouldUseDarkColors(): boolean {
    return this.source === 'system' ? this.osDark : this.source === 'dark';
  }
  /** The person switches the OS theme. */
  switchOs(dark: boolean): void {
    this.osDark = dark;
    if (this.source === 'system') this.emit('updated');
  }
}

function fakeWindow(destroyed = false) {
  return {
    setBackgroundColor: vi.fn<(colour: string) => void>(),
    isDestroyed: () => destroyed,
  } satisfies ThemedWindow;
}

describe('the window theme over nativeTheme', () => {
  it('sets themeSource and repaints every window with the effective background', () => {
    const native = new FakeNativeTheme();
    const windows = [fakeWindow(), fakeWindow()];
    const theme = createWindowTheme(native, () => windows);
    theme.setThemeSource('dark');
    expect(native.themeSource).toBe('dark');
    expect(theme.usesDarkColors()).toBe(true);
    for (const window of windows) {
      expect(window.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.dark);
    }
    theme.setThemeSource('light');
    expect(windows[0]!.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.light);
  });

  it('follows the OS under System: repaints and tells its listeners', () => {
    const native = new FakeNativeTheme();
    const window = fakeWindow();
    const theme = createWindowTheme(native, () => [window]);
    const listener = vi.fn();
    const unsubscribe = theme.onThemeChange(listener);
    expect(theme.backgroundColor()).toBe(WINDOW_BACKGROUND.light);

    native.switchOs(true);
    expect(window.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.dark);
    expect(theme.backgroundColor()).toBe(WINDOW_BACKGROUND.dark);
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    native.switchOs(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(window.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.light);
  });

  it('skips destroyed windows and stops following once disposed', () => {
    const native = new FakeNativeTheme();
    const gone = fakeWindow(true);
    const open = fakeWindow();
    const theme = createWindowTheme(native, () => [gone, open]);
    native.switchOs(true);
    expect(gone.setBackgroundColor).not.toHaveBeenCalled();
    theme.dispose();
    native.switchOs(false);
    expect(open.setBackgroundColor).toHaveBeenCalledTimes(1);
    expect(native.listenerCount('updated')).toBe(0);
  });
});
