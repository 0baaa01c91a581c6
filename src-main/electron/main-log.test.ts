import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  logsPath: '',
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
  ready: false,
}));
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getVersion: () => '1.0.0',
    isReady: () => fake.ready,
    setAppLogsPath: (path?: string) => {
      if (path) fake.logsPath = path;
    },
    getPath: (name: string) => {
      if (name !== 'logs') throw new Error(name);
      return fake.logsPath;
    },
  },
  dialog: { showErrorBox: fake.showErrorBox, showMessageBox: fake.showMessageBox },
}));

import { startMainLog } from './main-log';

const KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';
const dirs: string[] = [];
const original = { ...console };
// Vitest's own process handlers, put back after each test.
const vitestHandlers = {
  uncaughtException: process.listeners('uncaughtException'),
  unhandledRejection: process.listeners('unhandledRejection'),
};
afterEach(() => {
  Object.assign(console, original);
  for (const [event, listeners] of Object.entries(vitestHandlers)) {
    process.removeAllListeners(event);
    for (const listener of listeners) process.on(event, listener as never);
  }
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('startMainLog', () => {
  it('writes to <userData>/logs/main.log, redacted, console and uncaught errors included', () => {
    const userData = mkdtempSync(join(tmpdir(), 'handoff-main-log-'));
    dirs.push(userData);
    // Vitest's own handlers would see the emitted error; only ours should.
    process.removeAllListeners('uncaughtException');
    const { log, folder, secrets } = startMainLog({ userDataOverride: userData });
    expect(folder).toBe(join(userData, 'logs'));
    expect(log.file).toBe(join(userData, 'logs', 'main.log'));

    secrets.add('odd-live-secret-123');
    console.log('from a library', KEY);
    // The same failure twice (one throw site, as in a loop): one dialog.
    const crash = () => new Error('crashed with odd-live-secret-123');
    for (let i = 0; i < 2; i++) process.emit('uncaughtException', crash());

    const text = readFileSync(log.file, 'utf8');
    expect(text).toContain('Handoff 1.0.0 starting');
    expect(text).toContain('from a library [redacted]');
    expect(text).toContain('main: uncaught exception');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('odd-live-secret-123');
    expect(fake.showErrorBox).toHaveBeenCalledOnce();
    expect(fake.showErrorBox.mock.calls[0]![1]).toMatch(/^Error: crashed with \[redacted\]/);
    // The log file is the user's alone.
    if (process.platform !== 'win32') expect(statSync(log.file).mode & 0o077).toBe(0);

    // Once the app is ready, the dialog does not block main.
    fake.ready = true;
    const other = () => new Error('another failure');
    process.emit('uncaughtException', other());
    expect(fake.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', message: 'Handoff hit an unexpected error' }),
    );
    expect(fake.showErrorBox).toHaveBeenCalledOnce();
  });
});
