import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const makeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  return { makeSession, app: new Emitter(), defaultSession: makeSession() };
});
vi.mock('electron', () => ({
  app: fake.app,
  session: {
    get defaultSession() {
      return fake.defaultSession;
    },
  },
}));

import type { Session, WebContents } from 'electron';
import { denyAllPermissions, installAppGuards } from './app-guards';

type FakeSession = ReturnType<typeof fake.makeSession>;

class FakeContents extends EventEmitter {
  session: FakeSession = fake.defaultSession;
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

const APP_DOC = 'file:///app/out/renderer/index.html';
const navEvent = (url: string) => ({ url, preventDefault: vi.fn() });

function install() {
  const log = vi.fn();
  installAppGuards({ isAppDocument: (url) => url.startsWith(APP_DOC), log });
  const contents = new FakeContents();
  fake.app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return { contents, log };
}

beforeEach(() => {
  fake.app.removeAllListeners();
  fake.defaultSession = fake.makeSession();
});

describe('installAppGuards: navigation', () => {
  it.each(['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank'])(
    'prevents navigating to %s',
    (url) => {
      const { contents, log } = install();
      const event = navEvent(url);
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith('guard: blocked navigation');
    },
  );

  it('prevents redirects away from the app document', () => {
    const { contents } = install();
    const event = navEvent('https://evil.example/');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets the app document load itself', () => {
    const { contents } = install();
    const event = navEvent(`${APP_DOC}#/settings`);
    contents.emit('will-navigate', event);
    contents.emit('will-redirect', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const { contents } = install();
    expect(contents.windowOpenHandler?.({ url: 'https://connect.nango.dev/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: APP_DOC })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = install();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('installAppGuards: permissions', () => {
  it('denies every permission request, check and device on the default session', () => {
    install();
    const ses = fake.defaultSession;
    const callback = vi.fn();
    ses.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    for (const permission of ['clipboard-read', 'notifications', 'geolocation', 'hid']) {
      expect(ses.setPermissionCheckHandler.mock.calls[0]?.[0]({}, permission, APP_DOC, {})).toBe(
        false,
      );
    }
    expect(ses.setDevicePermissionHandler.mock.calls[0]?.[0]({ deviceType: 'usb' })).toBe(false);
  });

  it('locks down another session a WebContents turns up with, once', () => {
    const { contents } = install();
    const other = fake.makeSession();
    const second = new FakeContents();
    second.session = other;
    fake.app.emit('web-contents-created', {}, second);
    fake.app.emit(
      'web-contents-created',
      {},
      Object.assign(new FakeContents(), { session: other }),
    );
    expect(other.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(contents.session).toBe(fake.defaultSession);
  });

  it('denyAllPermissions installs all three handlers', () => {
    const ses = fake.makeSession();
    denyAllPermissions(ses as unknown as Session);
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(ses.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });
});
