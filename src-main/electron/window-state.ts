/**
 * Remembers the main window's size, place and maximised state across restarts, and opens it
 * there only if that place is still on a display (see window-bounds.ts).
 */
import { screen, type BrowserWindow } from 'electron';
import type { DocumentStore } from '../store/settings-store';
import { initialBounds, type InitialBounds } from '../window-state/window-bounds';
import type { WindowStateDoc } from '../window-state/window-state-store';

/** The bounds to open the main window with, checked against the displays connected now. */
export function restoredBounds(store: DocumentStore<WindowStateDoc>): InitialBounds {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return initialBounds(
    store.read().main,
    [primary, ...others].map((d) => d.workArea),
  );
}

/** Saves the window's state when it closes (its normal bounds, even if maximised). */
export function rememberWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>,
  store: DocumentStore<WindowStateDoc>,
  log: (message: string) => void = () => {},
): void {
  window.on('close', () => {
    try {
      // A full-screen window's normal bounds are what it returns to; remember it maximised.
      const maximized = window.isMaximized() || window.isFullScreen();
      store.write({ main: { bounds: window.getNormalBounds(), maximized } });
    } catch (error) {
      log(`window-state: not saved (${(error as Error)?.name ?? 'error'})`);
    }
  });
}
