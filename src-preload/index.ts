/**
 * The sandboxed preload: exposes `window.handoff` through contextBridge and nothing else.
 * Raw `ipcRenderer` never reaches the page; only contract channels can be used.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY } from '../src-shared/contract/api';
import { isChannel } from '../src-shared/contract/channels';
import { isAppEvent } from '../src-shared/contract/events';
import { buildApi } from './build-api';

const knownChannel = (channel: string): string => {
  if (!isChannel(channel)) throw new Error(`Unknown channel ${channel}`);
  return channel;
};

const knownEvent = (event: string): string => {
  if (!isAppEvent(event)) throw new Error(`Unknown event ${event}`);
  return event;
};

const api = buildApi(
  (channel, request) => ipcRenderer.invoke(knownChannel(channel), request),
  (event, listener) => {
    // Strip the IpcRendererEvent: it would hand the page a reference to ipcRenderer's sender.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(knownEvent(event), wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld(API_KEY, api);
