/**
 * App-wide guards, installed once before any window exists: no navigation away from the
 * app's document, no new windows, no <webview>, and every permission denied.
 */
import { app, session, type Session, type WebContents } from 'electron';

/** What the guards need to know. */
export interface AppGuardOptions {
  /** True for the app's own renderer document (see createAppDocumentMatcher). */
  isAppDocument: (url: string) => boolean;
  log?: (message: string) => void;
}

/** Installs the guards on every WebContents the app will ever create, and on its sessions. */
export function installAppGuards(options: AppGuardOptions): void {
  const lockedSessions = new WeakSet<Session>();
  const lockDown = (ses: Session) => {
    if (lockedSessions.has(ses)) return;
    lockedSessions.add(ses);
    denyAllPermissions(ses);
  };
  lockDown(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    lockDown(contents.session);
    guardWebContents(contents, options);
  });
}

/** Navigation, redirects, popups and <webview> on one WebContents. */
function guardWebContents(contents: WebContents, options: AppGuardOptions): void {
  const stayOnAppDocument = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (options.isAppDocument(event.url)) return;
    event.preventDefault();
    options.log?.(`guard: blocked ${kind}`);
  };
  contents.on('will-navigate', (event) => stayOnAppDocument(event, 'navigation'));
  contents.on('will-redirect', (event) => stayOnAppDocument(event, 'redirect'));
  // Links meant for the browser go through main (sessions:open-link), never window.open.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app needs no camera, notifications, clipboard-read, HID, USB, serial… nothing. */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}
