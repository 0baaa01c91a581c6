import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SenderInfo } from './sender';
import { createAppDocumentMatcher, createSenderPolicy } from './sender-policy';

const RENDERER_FILE = pathToFileURL('/opt/Handoff/resources/app/out/renderer/index.html').href;
const OUR_ID = 7;
const prod = createSenderPolicy({
  isOurWebContents: (id) => id === OUR_ID,
  rendererUrl: RENDERER_FILE,
});
const dev = createSenderPolicy({
  isOurWebContents: (id) => id === OUR_ID,
  rendererUrl: 'http://localhost:5173',
});

const sender = (overrides: Partial<SenderInfo> = {}): SenderInfo => ({
  webContentsId: OUR_ID,
  frameUrl: RENDERER_FILE,
  isMainFrame: true,
  ...overrides,
});

describe('createSenderPolicy (production, file://)', () => {
  it("trusts our window's main frame on our document, with any hash or query", () => {
    expect(prod(sender())).toBe(true);
    expect(prod(sender({ frameUrl: `${RENDERER_FILE}#/sessions` }))).toBe(true);
    expect(prod(sender({ frameUrl: `${RENDERER_FILE}?x=1` }))).toBe(true);
    expect(prod(sender({ frameUrl: RENDERER_FILE.replace('file:///', 'file://localhost/') }))).toBe(
      true,
    );
  });

  it('rejects an iframe, even one showing our own document', () => {
    expect(prod(sender({ isMainFrame: false }))).toBe(false);
  });

  it('rejects a WebContents the app did not create', () => {
    expect(prod(sender({ webContentsId: 8 }))).toBe(false);
    expect(prod(sender({ webContentsId: Number.NaN }))).toBe(false);
  });

  it.each([
    'file:///etc/passwd',
    'file:///opt/Handoff/resources/app/out/renderer/other.html',
    'file:///opt/Handoff/resources/app/out/renderer/index.html.evil',
    'file:///opt/Handoff/resources/app/out/renderer/index.html/x',
    'file://evil-host/opt/Handoff/resources/app/out/renderer/index.html',
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('rejects a frame at %s', (frameUrl) => {
    expect(prod(sender({ frameUrl }))).toBe(false);
  });

  it('normalises dot segments before comparing (and still only accepts our file)', () => {
    const sneaky = RENDERER_FILE.replace('/renderer/index.html', '/renderer/x/../index.html');
    expect(prod(sender({ frameUrl: sneaky }))).toBe(true);
    const escape = RENDERER_FILE.replace(
      '/renderer/index.html',
      '/renderer/../../../../etc/passwd',
    );
    expect(prod(sender({ frameUrl: escape }))).toBe(false);
  });
});

describe('createSenderPolicy (dev server)', () => {
  it('trusts any page of the dev server origin in our main frame', () => {
    expect(dev(sender({ frameUrl: 'http://localhost:5173/' }))).toBe(true);
    expect(dev(sender({ frameUrl: 'http://localhost:5173/index.html#/x' }))).toBe(true);
  });

  it.each([
    'http://localhost:5173.evil.com/',
    'http://localhost:5173@evil.com/',
    'http://localhost.evil.com:5173/',
    'http://evil.com/?http://localhost:5173',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'ws://localhost:5173/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
  ])('rejects the lookalike %s', (frameUrl) => {
    expect(dev(sender({ frameUrl }))).toBe(false);
  });

  it('still rejects iframes and foreign WebContents', () => {
    expect(dev(sender({ frameUrl: 'http://localhost:5173/', isMainFrame: false }))).toBe(false);
    expect(dev(sender({ frameUrl: 'http://localhost:5173/', webContentsId: 1 }))).toBe(false);
  });
});

describe('createAppDocumentMatcher', () => {
  it('refuses to be configured with anything but a file or http(s) URL', () => {
    expect(() => createAppDocumentMatcher('javascript:alert(1)')).toThrow(/file or http/);
    expect(() => createAppDocumentMatcher('not a url')).toThrow();
  });
});
