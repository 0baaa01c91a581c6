/**
 * The sandboxed preload: exposes `window.handoff` through contextBridge and nothing else.
 * Raw `ipcRenderer` never reaches the page; only contract channels can be used.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY } from '../src-shared/contract/api';
import { isChannelName } from '../src-shared/contract/channel-names';
import { isAppEvent } from '../src-shared/contract/events';
import { buildApi, type RawSubscribe } from './build-api';
import { prefetchStartupSnapshot } from './startup-snapshot';

const knownChannel = (channel: string): string => {
  if (!isChannelName(channel)) throw new Error(`Unknown channel ${channel}`);
  return channel;
};

const knownEvent = (event: string): string => {
  if (!isAppEvent(event)) throw new Error(`Unknown event ${event}`);
  return event;
};

const subscribe: RawSubscribe = (event, listener) => {
  // Strip the IpcRendererEvent: it would hand the page a reference to ipcRenderer's sender.
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(knownEvent(event), wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
};
const invoke = prefetchStartupSnapshot(
  (channel, request) => ipcRenderer.invoke(knownChannel(channel), request),
  subscribe,
);
const api = buildApi(invoke, subscribe);

contextBridge.exposeInMainWorld(API_KEY, api);
