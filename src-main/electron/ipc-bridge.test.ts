import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: new Map<string, unknown[]>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
      if (fake.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => fake.handlers.delete(channel)),
    on: vi.fn((channel: string, listener: unknown) =>
      fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]),
    ),
    removeAllListeners: vi.fn((channel: string) => fake.listeners.delete(channel)),
  },
}));

import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../src-shared/contract/channels';
import type { Handlers } from '../ipc/handlers';
import { createIpcRouter, type IpcRouter } from '../ipc/ipc-router';
import { createSenderPolicy } from '../ipc/sender-policy';
import { ipcMain } from 'electron';
import {
  closeLibraryChannels,
  createBroadcaster,
  ELECTRON_STORE_CHANNEL,
  registerIpc,
  senderInfo,
} from './ipc-bridge';
import type { RegisteredWindow } from './window-registry';

const APP_DOC = 'file:///app/out/renderer/index.html';

/** An IpcMainInvokeEvent as Electron builds it, for a frame with an optional parent. */
const invokeEvent = (webContentsId: number, url: string, parent: object | null = null) =>
  ({
    sender: { id: webContentsId },
    senderFrame: { url, parent },
  }) as unknown as IpcMainInvokeEvent;

const recordingRouter = () => {
  const dispatch = vi.fn(async (..._args: unknown[]) => ({ ok: true as const, data: 'done' }));
  return { dispatch } satisfies IpcRouter;
};

beforeEach(() => fake.handlers.clear());

describe('closeLibraryChannels', () => {
  it('removes electron-store’s own channel, which would bypass the router', () => {
    ipcMain.on(ELECTRON_STORE_CHANNEL, () => undefined);
    closeLibraryChannels();
    expect(fake.listeners.has(ELECTRON_STORE_CHANNEL)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers a handler for every contract channel and nothing else', () => {
    registerIpc(recordingRouter());
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes the channel, the first argument and the sender facts to the router', async () => {
    const router = recordingRouter();
    registerIpc(router);
    const reply = await fake.handlers.get('sessions:revoke')?.(
      invokeEvent(3, `${APP_DOC}#/x`),
      { id: 's1' },
      'ignored extra argument',
    );
    expect(reply).toEqual({ ok: true, data: 'done' });
    expect(router.dispatch).toHaveBeenCalledWith(
      'sessions:revoke',
      { id: 's1' },
      { webContentsId: 3, frameUrl: `${APP_DOC}#/x`, isMainFrame: true },
    );
  });

  it('marks a sub-frame as not the main frame', async () => {
    const router = recordingRouter();
    registerIpc(router);
    await fake.handlers.get('app:snapshot')?.(invokeEvent(3, APP_DOC, { url: APP_DOC }), {});
    expect(router.dispatch.mock.calls[0]?.[2]).toEqual({
      webContentsId: 3,
      frameUrl: APP_DOC,
      isMainFrame: false,
    });
  });

  it('unregisters every channel again', () => {
    const unregister = registerIpc(recordingRouter());
    unregister();
    expect(fake.handlers.size).toBe(0);
  });

  it('end to end with the real router and policy: only our main frame reaches a handler', async () => {
    const snapshot = vi.fn(async () => ({ profiles: [] }));
    const handlers = { 'app:snapshot': snapshot } as unknown as Handlers;
    const policy = createSenderPolicy({ isOurWebContents: (id) => id === 3, rendererUrl: APP_DOC });
    registerIpc(createIpcRouter(handlers, policy));
    const call = (event: IpcMainInvokeEvent) => fake.handlers.get('app:snapshot')?.(event, {});

    await expect(call(invokeEvent(3, APP_DOC))).resolves.toMatchObject({ ok: true });
    for (const event of [
      invokeEvent(3, APP_DOC, { url: APP_DOC }),
      invokeEvent(4, APP_DOC),
      invokeEvent(3, 'https://evil.example/'),
      { sender: { id: 3 }, senderFrame: null } as unknown as IpcMainInvokeEvent,
    ]) {
      await expect(call(event)).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden_sender' },
      });
    }
    expect(snapshot).toHaveBeenCalledOnce();
  });
});

describe('senderInfo', () => {
  it('describes a sender whose frame is gone as untrusted', () => {
    const gone = { sender: { id: 5 }, senderFrame: null } as unknown as IpcMainInvokeEvent;
    expect(senderInfo(gone)).toEqual({ webContentsId: 5, frameUrl: '', isMainFrame: false });
  });

  it('describes a sender whose frame throws on access as untrusted', () => {
    const disposed = {
      sender: { id: 5 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(senderInfo(disposed)).toEqual({ webContentsId: -1, frameUrl: '', isMainFrame: false });
  });
});

describe('createBroadcaster', () => {
  const fakeWindow = (destroyed = false, contentsDestroyed = false) => ({
    isDestroyed: () => destroyed,
    once: vi.fn(),
    webContents: { id: 1, isDestroyed: () => contentsDestroyed, send: vi.fn() },
  });

  it('sends the event to every live window the app created, skipping destroyed ones', () => {
    const live = [fakeWindow(), fakeWindow()];
    const dead = [fakeWindow(true), fakeWindow(false, true)];
    const emit = createBroadcaster(() => [...live, ...dead] as unknown as RegisteredWindow[]);
    const status = { online: false, since: '2026-11-23T09:00:00.000Z' };
    emit('network:changed', status);
    for (const window of live) {
      expect(window.webContents.send).toHaveBeenCalledWith('network:changed', status);
    }
    for (const window of dead) expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('asks for the window list on every event (windows come and go)', () => {
    const windows: ReturnType<typeof fakeWindow>[] = [];
    const emit = createBroadcaster(() => windows as unknown as RegisteredWindow[]);
    emit('notices:changed', []);
    const late = fakeWindow();
    windows.push(late);
    emit('notices:changed', []);
    expect(late.webContents.send).toHaveBeenCalledOnce();
  });
});
