import { describe, expect, it } from 'vitest';
import { rendererDocumentUrl, resolveRendererTarget } from './renderer-target';

const FILE = '/opt/Handoff/out/renderer/index.html';

describe('resolveRendererTarget', () => {
  it('uses the dev server only in an unpackaged app', () => {
    const devServerUrl = 'http://localhost:5173';
    expect(resolveRendererTarget({ isPackaged: false, devServerUrl, rendererFile: FILE })).toEqual({
      kind: 'dev-server',
      url: devServerUrl,
    });
    expect(resolveRendererTarget({ isPackaged: true, devServerUrl, rendererFile: FILE })).toEqual({
      kind: 'file',
      path: FILE,
    });
  });

  it.each([undefined, '', '  ', 'file:///etc/passwd', 'javascript:alert(1)', 'localhost:5173'])(
    'falls back to the built file for the dev URL %j',
    (devServerUrl) => {
      expect(
        resolveRendererTarget({ isPackaged: false, devServerUrl, rendererFile: FILE }),
      ).toEqual({ kind: 'file', path: FILE });
    },
  );
});

describe('rendererDocumentUrl', () => {
  it('is the file URL of the built document, or the dev server URL', () => {
    expect(rendererDocumentUrl({ kind: 'file', path: FILE })).toBe(`file://${FILE}`);
    expect(rendererDocumentUrl({ kind: 'file', path: '/a b/index.html' })).toBe(
      'file:///a%20b/index.html',
    );
    expect(rendererDocumentUrl({ kind: 'dev-server', url: 'http://localhost:5173' })).toBe(
      'http://localhost:5173',
    );
  });
});
