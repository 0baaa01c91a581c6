/**
 * The CSP as a response header. The production renderer is a file with the policy in a
 * <meta> tag (written at build time); pages from the dev server arrive over http and get the
 * dev variant here. Any other http(s) document (there should be none) gets the strict one.
 */
import type { Session } from 'electron';
import { buildDevCsp, PRODUCTION_CSP } from '../../src-shared/security/csp';
import type { RendererTarget } from './renderer-target';

/** The header value for a renderer target. */
export function cspForTarget(target: RendererTarget): string {
  return target.kind === 'dev-server' ? buildDevCsp(target.url) : PRODUCTION_CSP;
}

/** Sets `Content-Security-Policy` on every http(s) response, replacing any the server sent. */
export function installCspHeader(ses: Session, policy: string): void {
  ses.webRequest.onHeadersReceived({ urls: ['http://*/*', 'https://*/*'] }, (details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
