/**
 * The windows the app created. The sender policy trusts only their WebContents and the
 * broadcaster sends only to them.
 */
import type { BrowserWindow } from 'electron';

/** The part of BrowserWindow the registry uses (so tests pass small fakes). */
export type RegisteredWindow = Pick<BrowserWindow, 'isDestroyed' | 'once'> & {
  webContents: Pick<BrowserWindow['webContents'], 'id' | 'isDestroyed' | 'send'>;
};

/** Tracks app windows until they close. */
export interface WindowRegistry<W extends RegisteredWindow = RegisteredWindow> {
  /** Starts tracking a window; it is forgotten when it emits `closed`. */
  add(window: W): W;
  /** True when a WebContents id belongs to a live window the app created. */
  hasWebContents(webContentsId: number): boolean;
  /** The windows not yet `closed`, in the order they were added. */
  windows(): W[];
}

export function createWindowRegistry<
  W extends RegisteredWindow = RegisteredWindow,
>(): WindowRegistry<W> {
  // Keyed by WebContents id, read once at creation: after `closed` it can no longer be read.
  const byWebContentsId = new Map<number, W>();
  return {
    add(window) {
      const id = window.webContents.id;
      byWebContentsId.set(id, window);
      window.once('closed', () => byWebContentsId.delete(id));
      return window;
    },
    hasWebContents(webContentsId) {
      const window = byWebContentsId.get(webContentsId);
      return window !== undefined && !window.isDestroyed();
    },
    windows() {
      return [...byWebContentsId.values()].filter((window) => !window.isDestroyed());
    },
  };
}
