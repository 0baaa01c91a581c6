import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type DialogResult<T> = Promise<T>;
const fake = vi.hoisted(() => ({
  writeText: vi.fn(),
  openExternal: vi.fn(async (_url: string) => {}),
  notificationSupported: true,
  notifications: [] as { options: unknown; shown: number }[],
  focused: null as object | null,
  downloads: '/home/rep/Downloads',
  writeError: null as Error | null,
  showMessageBox: vi.fn(async (..._args: unknown[]): DialogResult<{ response: number }> => ({
    response: 0,
  })),
  showSaveDialog: vi.fn(
    async (..._args: unknown[]): DialogResult<{ canceled: boolean; filePath?: string }> => ({
      canceled: true,
    }),
  ),
}));
// The real file system, with a door to inject the errors a test cannot cause as root.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = (...args) =>
    fake.writeError ? Promise.reject(fake.writeError) : actual.writeFile(...args);
  return { ...actual, default: { ...actual, writeFile }, writeFile };
});
vi.mock('electron', () => ({
  clipboard: { writeText: fake.writeText },
  shell: { openExternal: fake.openExternal },
  app: { getPath: (name: string) => (name === 'downloads' ? fake.downloads : '/nowhere') },
  BrowserWindow: { getFocusedWindow: () => fake.focused },
  dialog: { showMessageBox: fake.showMessageBox, showSaveDialog: fake.showSaveDialog },
  Notification: class {
    static isSupported = () => fake.notificationSupported;
    private readonly record: { options: unknown; shown: number };
    constructor(options: unknown) {
      this.record = { options, shown: 0 };
      fake.notifications.push(this.record);
    }
    show() {
      this.record.shown += 1;
    }
  },
}));

import { AppFailure } from '../errors/app-failure';
import { openableExternalUrl } from '../platform/external-url';
import {
  electronDesktop,
  QUIT_BUTTONS,
  UnsafeExternalUrlError,
  UnsafeMailtoError,
} from './electron-desktop';

const TOKEN_LINK =
  'https://connect.nango.dev/?session_token=nango_connect_session_0123456789abcdef';

beforeEach(() => {
  vi.clearAllMocks();
  fake.notificationSupported = true;
  fake.notifications = [];
  fake.focused = null;
  fake.writeError = null;
});

describe('electronDesktop.openExternal', () => {
  it('opens an https link in the browser', async () => {
    await electronDesktop.openExternal(TOKEN_LINK);
    expect(fake.openExternal).toHaveBeenCalledWith(TOKEN_LINK);
  });

  it.each([
    'http://connect.nango.dev/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'smb://evil/share',
    'HTTP://connect.nango.dev/',
    'https://user:pass@connect.nango.dev/',
    ' javascript:alert(1)',
    'connect.nango.dev',
    '',
  ])('refuses %s without calling the shell', async (url) => {
    await expect(electronDesktop.openExternal(url)).rejects.toBeInstanceOf(UnsafeExternalUrlError);
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'http://localhost:3009/?session_token=nango_connect_session_0123456789abcdef',
    'http://127.0.0.1:3009/',
    'http://[::1]:3009/',
  ])('opens plain http only on loopback (default self-hosted Connect UI): %s', async (url) => {
    await electronDesktop.openExternal(url);
    expect(fake.openExternal).toHaveBeenCalledWith(url);
  });

  it.each(['http://localhost.evil.com/', 'http://10.0.0.5:3009/', 'http://127.0.0.2.nip.io/'])(
    'refuses plain http anywhere else: %s',
    async (url) => {
      await expect(electronDesktop.openExternal(url)).rejects.toBeInstanceOf(
        UnsafeExternalUrlError,
      );
      expect(fake.openExternal).not.toHaveBeenCalled();
    },
  );

  it('keeps the refused URL (and its token) out of the error', async () => {
    const error = await electronDesktop
      .openExternal(TOKEN_LINK.replace('https:', 'http:'))
      .catch((e: Error) => e);
    expect(String(error)).not.toContain('nango_connect_session_');
  });
});

describe('electronDesktop.writeClipboard', () => {
  it('writes the text to the clipboard', () => {
    electronDesktop.writeClipboard(TOKEN_LINK);
    expect(fake.writeText).toHaveBeenCalledWith(TOKEN_LINK);
  });
});

describe('openableExternalUrl', () => {
  it('normalises what it accepts and rejects non-strings', () => {
    expect(openableExternalUrl('HTTPS://Connect.Nango.dev')).toBe('https://connect.nango.dev/');
    expect(openableExternalUrl(42)).toBeNull();
    expect(openableExternalUrl(undefined)).toBeNull();
  });
});

describe('electronDesktop.openMailto', () => {
  it('hands a mailto: URL that main composed to the shell', async () => {
    const url = 'mailto:ada@example.com?subject=Connect%20GitHub&body=Hello%0D%0Ahttps%3A%2F%2Fx';
    await electronDesktop.openMailto(url);
    expect(fake.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'https://connect.nango.dev/?session_token=x',
    'MAILTO:ada@example.com',
    'mailto:ada@example.com?body=two words',
    'mailto:ada@example.com?body=line\nbreak',
    ' mailto:ada@example.com',
    'javascript:alert(1)//mailto:',
    '',
  ])('refuses %s without calling the shell', async (url) => {
    await expect(electronDesktop.openMailto(url)).rejects.toBeInstanceOf(UnsafeMailtoError);
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('keeps the refused URL out of the error', async () => {
    const error = await electronDesktop
      .openMailto(
        'mailto:x?body=https://connect.nango.dev/?session_token=nango_connect_session_1 x',
      )
      .catch((e: Error) => e);
    expect(String(error)).not.toContain('nango_connect_session_');
  });
});

describe('electronDesktop.notify', () => {
  it('shows one audible notification with the title and body', () => {
    electronDesktop.notify({ title: 'Customer connected', body: 'Ada connected github.' });
    expect(fake.notifications).toEqual([
      {
        options: { title: 'Customer connected', body: 'Ada connected github.', silent: false },
        shown: 1,
      },
    ]);
  });

  it('does nothing (and does not throw) where the OS has no notifications', () => {
    fake.notificationSupported = false;
    electronDesktop.notify({ title: 'Customer connected', body: 'x' });
    expect(fake.notifications).toEqual([]);
  });
});

describe('electronDesktop.confirmQuit', () => {
  it('asks with Cancel first, as the default and the Escape answer', async () => {
    await electronDesktop.confirmQuit({ liveLinks: 3 });
    expect(fake.showMessageBox).toHaveBeenCalledTimes(1);
    const [options] = fake.showMessageBox.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      type: 'warning',
      buttons: ['Cancel', 'Revoke all and quit', 'Keep them and quit'],
      defaultId: 0,
      cancelId: 0,
      message: '3 connect links are still live.',
    });
    expect(options['detail']).toMatch(/restores them/);
  });

  it('says "1 connect link" for one', async () => {
    await electronDesktop.confirmQuit({ liveLinks: 1 });
    const [options] = fake.showMessageBox.mock.calls[0] as [Record<string, unknown>];
    expect(options['message']).toBe('1 connect link is still live.');
  });

  it.each(QUIT_BUTTONS.map((button, index) => [index, button.choice] as const))(
    'maps button %i to %s',
    async (response, choice) => {
      fake.showMessageBox.mockResolvedValueOnce({ response });
      await expect(electronDesktop.confirmQuit({ liveLinks: 2 })).resolves.toBe(choice);
    },
  );

  it('treats an answer outside the buttons as Cancel', async () => {
    fake.showMessageBox.mockResolvedValueOnce({ response: 7 });
    await expect(electronDesktop.confirmQuit({ liveLinks: 2 })).resolves.toBe('cancel');
  });

  it('attaches the prompt to the focused window when there is one', async () => {
    const window = { id: 1 };
    fake.focused = window;
    await electronDesktop.confirmQuit({ liveLinks: 2 });
    expect(fake.showMessageBox.mock.calls[0]?.[0]).toBe(window);
    expect(fake.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ defaultId: 0 });
  });

  it('passes a dialog failure on (the quit guard then keeps the app open)', async () => {
    fake.showMessageBox.mockRejectedValueOnce(new Error('no display'));
    await expect(electronDesktop.confirmQuit({ liveLinks: 2 })).rejects.toThrow('no display');
  });
});

describe('electronDesktop.saveTextFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-save-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('offers the Downloads folder and a CSV filter', async () => {
    await electronDesktop.saveTextFile({ defaultName: 'links.csv', content: 'a' });
    expect(fake.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(fake.downloads, 'links.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('attaches the dialog to the focused window when there is one', async () => {
    const window = { id: 1 };
    fake.focused = window;
    await electronDesktop.saveTextFile({ defaultName: 'links.csv', content: 'a' });
    expect(fake.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
  });

  it('writes the content where the person chose and resolves with that path', async () => {
    const filePath = join(dir, 'chosen.csv');
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
    const content = 'label,outcome\r\n"Ada, Inc.",connected\r\n';
    await expect(electronDesktop.saveTextFile({ defaultName: 'links.csv', content })).resolves.toBe(
      filePath,
    );
    expect(await readFile(filePath, 'utf8')).toBe(content);
  });

  it.each([{ canceled: true }, { canceled: false, filePath: '' }, { canceled: false }])(
    'resolves with null and writes nothing when the dialog answers %j',
    async (answer) => {
      fake.showSaveDialog.mockResolvedValueOnce(answer);
      await expect(
        electronDesktop.saveTextFile({ defaultName: 'links.csv', content: 'a' }),
      ).resolves.toBeNull();
    },
  );

  it('reports a real write failure as storage_unavailable, naming the file', async () => {
    // A path under a regular file fails with ENOTDIR, as root too (chmod does not stop root).
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    fake.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(blocker, 'links.csv'),
    });
    const error = await electronDesktop
      .saveTextFile({ defaultName: 'links.csv', content: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect(error).toMatchObject({ code: 'storage_unavailable' });
    expect((error as Error).message).toBe(
      'links.csv was not saved: the disk reported an error (ENOTDIR). Try again, or choose another folder.',
    );
  });

  it.each([
    [
      'EACCES',
      `links.csv was not saved: Handoff may not write to /mnt/share. Choose another folder and try again.`,
    ],
    [
      'EROFS',
      `links.csv was not saved: Handoff may not write to /mnt/share. Choose another folder and try again.`,
    ],
    ['ENOSPC', 'links.csv was not saved: the disk is full. Free some disk space and try again.'],
  ])('says what to do about %s', async (code, message) => {
    fake.writeError = Object.assign(new Error(`${code}: nope`), { code });
    fake.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/mnt/share/links.csv',
    });
    await expect(
      electronDesktop.saveTextFile({ defaultName: 'links.csv', content: 'a' }),
    ).rejects.toMatchObject({ code: 'storage_unavailable', message });
  });

  it('lets an error that is not a disk error through as it is (it maps to internal)', async () => {
    const bug = new TypeError('bug');
    fake.writeError = bug;
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'x.csv') });
    await expect(
      electronDesktop.saveTextFile({ defaultName: 'links.csv', content: 'a' }),
    ).rejects.toBe(bug);
  });
});
