/**
 * Wires the real main process without Electron: createApp with conf-backed stores in a data
 * folder, and the real IPC router behind the real sender policy. Shared by the Playwright
 * harness and the main-process integration tests.
 */
import { join } from 'node:path';
import Conf from 'conf';
import type { EventSink } from '../src-shared/contract/events';
import { createApp, type HandoffApp } from '../src-main/app/create-app';
import { createIpcRouter, type IpcRouter } from '../src-main/ipc/ipc-router';
import { createSenderPolicy } from '../src-main/ipc/sender-policy';
import type { SecretStore } from '../src-main/keychain/secret-store';
import type { Clock } from '../src-main/platform/clock';
import { createConfBackend, type ConfClass } from '../src-main/store/conf-backend';
import type { JsonBackend } from '../src-main/store/json-backend';
import { RecordingDesktop } from './recording-desktop';

/** The one WebContents id the harness's "window" has. */
export const HARNESS_WEB_CONTENTS_ID = 1;

export interface WireMainOptions {
  clock: Clock;
  secretStore: SecretStore;
  userDataDir: string;
  emit: EventSink;
  /** The renderer document the sender policy trusts. */
  rendererUrl: string;
  /** Defaults to the global fetch; tests wrap it to see every request main sends. */
  fetch?: typeof fetch;
  /** Wraps each store's file backend (tests inject disk faults this way). */
  wrapStore?: (name: string, backend: JsonBackend) => JsonBackend;
}

/** The wired main side. */
export interface WiredMain {
  app: HandoffApp;
  router: IpcRouter;
  desktop: RecordingDesktop;
}

/** Builds main exactly as src-main/index.ts does, with Electron's parts substituted. */
export function wireMain(options: WireMainOptions): WiredMain {
  const desktop = new RecordingDesktop(join(options.userDataDir, 'Downloads'));
  const app = createApp({
    clock: options.clock,
    fetch: options.fetch ?? globalThis.fetch,
    secretStore: options.secretStore,
    openStore: (name) => {
      const backend = createConfBackend(Conf as unknown as ConfClass, {
        cwd: options.userDataDir,
        name,
      });
      return options.wrapStore ? options.wrapStore(name, backend) : backend;
    },
    dataDir: options.userDataDir,
    desktop,
    emit: options.emit,
    keychainTimeoutMs: 10_000,
    requestTimeoutMs: 3_000,
  });
  const policy = createSenderPolicy({
    isOurWebContents: (id) => id === HARNESS_WEB_CONTENTS_ID,
    rendererUrl: options.rendererUrl,
  });
  return { app, router: createIpcRouter(app.handlers, policy), desktop };
}
