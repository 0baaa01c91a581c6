/**
 * Content protection over Electron windows: `setContentProtection(true)` keeps a window out
 * of screen shares, screenshots and recordings (macOS and Windows; Linux has no such API, so
 * there it is reported as unsupported rather than pretended).
 */
import type { BrowserWindow } from 'electron';

/** The part of a BrowserWindow this adapter touches. */
export type ProtectableWindow = Pick<BrowserWindow, 'setContentProtection' | 'isDestroyed'>;

/** Applies one protection setting to every app window, including windows opened later. */
export interface ContentProtection {
  readonly supported: boolean;
  set(enabled: boolean): void;
  /** Gives a new window the current setting. */
  applyTo(window: ProtectableWindow): void;
}

/** Creates the adapter over the app's open windows. */
export function createContentProtection(
  windows: () => readonly ProtectableWindow[],
  platform: NodeJS.Platform = process.platform,
): ContentProtection {
  let enabled = false;
  const supported = platform === 'darwin' || platform === 'win32';
  const apply = (window: ProtectableWindow) => {
    if (!window.isDestroyed()) window.setContentProtection(enabled);
  };
  return {
    supported,
    set(value) {
      enabled = value;
      for (const window of windows()) apply(window);
    },
    applyTo: apply,
  };
}
