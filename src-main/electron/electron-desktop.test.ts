import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  writeText: vi.fn(),
  openExternal: vi.fn(async (_url: string) => {}),
}));
vi.mock('electron', () => ({
  clipboard: { writeText: fake.writeText },
  shell: { openExternal: fake.openExternal },
}));

import { openableExternalUrl } from '../platform/external-url';
import { electronDesktop, UnsafeExternalUrlError, UnsafeMailtoError } from './electron-desktop';

const TOKEN_LINK =
  'https://connect.nango.dev/?session_token=nango_connect_session_0123456789abcdef';

beforeEach(() => vi.clearAllMocks());

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
