/**
 * The only file that touches ipcMain (lint enforces it). It registers one handler per
 * contract channel, turns Electron's event into SenderInfo, and leaves every decision to the
 * router. Also home of the broadcaster, the main → renderer half of the bridge.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../src-shared/contract/channels';
import type { EventSink } from '../../src-shared/contract/events';
import type { IpcRouter } from '../ipc/ipc-router';
import type { SenderInfo } from '../ipc/sender';
import type { RegisteredWindow } from './window-registry';

/**
 * Registers a handler for every contract channel, and nothing else. Returns a function that
 * removes them again.
 */
export function registerIpc(router: IpcRouter): () => void {
  for (const channel of CHANNELS) {
    // Only the first argument is the request: the preload never sends more.
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, senderInfo(event)),
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** electron-store's own synchronous channel (it answers with the userData path). */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * Removes IPC listeners that libraries register for themselves, so only contract channels
 * answer a renderer. Call after `ElectronStore.initRenderer()`, which registers its channel
 * once and never again.
 */
export function closeLibraryChannels(): void {
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
}

/** A sender that cannot be described is one the router will refuse. */
const UNKNOWN_SENDER: SenderInfo = { webContentsId: -1, frameUrl: '', isMainFrame: false };

/**
 * Reads the facts the sender policy needs. `senderFrame` is null once the frame navigated
 * away or was destroyed, and reading a disposed frame can throw: both mean "not trusted".
 */
export function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (!frame) return { ...UNKNOWN_SENDER, webContentsId: event.sender.id };
    return {
      webContentsId: event.sender.id,
      frameUrl: frame.url,
      isMainFrame: frame.parent === null,
    };
  } catch {
    return UNKNOWN_SENDER;
  }
}

/** Builds the EventSink services emit to: every live window the app created gets the event. */
export function createBroadcaster(windows: () => readonly RegisteredWindow[]): EventSink {
  return (event, payload) => {
    for (const window of windows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(event, payload);
    }
  };
}
