/**
 * Who may call the API: the main frame of a window the app created, showing the app's own
 * renderer document. Checking the frame and its URL (not only the WebContents) keeps out an
 * iframe or a page the window was somehow navigated to.
 */
import type { SenderPolicy } from './sender';

/** What the policy needs to know about the app. */
export interface SenderPolicyOptions {
  /** True for the WebContents of windows the app created. */
  isOurWebContents: (webContentsId: number) => boolean;
  /**
   * The renderer document: `file:///…/out/renderer/index.html` in production, the dev
   * server's URL (e.g. `http://localhost:5173`) under `electron-vite dev`.
   */
  rendererUrl: string;
}

/** Builds the policy. Throws at start-up if `rendererUrl` is not a file or http(s) URL. */
export function createSenderPolicy(options: SenderPolicyOptions): SenderPolicy {
  const isAppDocument = createAppDocumentMatcher(options.rendererUrl);
  return (sender) =>
    sender.isMainFrame &&
    Number.isInteger(sender.webContentsId) &&
    options.isOurWebContents(sender.webContentsId) &&
    isAppDocument(sender.frameUrl);
}

/**
 * A predicate for "this URL is the app's renderer document". For a file it is the same file
 * (any query or hash: the renderer may route with the hash); for the dev server it is the
 * same origin. Anything unparsable is not ours.
 */
export function createAppDocumentMatcher(rendererUrl: string): (url: string) => boolean {
  const expected = new URL(rendererUrl);
  if (expected.protocol === 'file:') {
    return (url) => {
      const actual = parse(url);
      return (
        actual !== null &&
        actual.protocol === 'file:' &&
        actual.host === expected.host &&
        actual.pathname === expected.pathname
      );
    };
  }
  if (expected.protocol === 'http:' || expected.protocol === 'https:') {
    // `origin` compares scheme, host and port exactly: `localhost:5173.evil.com` and
    // `localhost:5173@evil.com` have other origins (or do not parse).
    return (url) => parse(url)?.origin === expected.origin;
  }
  throw new Error(`The renderer URL must be a file or http(s) URL, got ${expected.protocol}`);
}

function parse(url: string): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
