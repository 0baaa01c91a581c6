/**
 * The renderer's Content Security Policy, in one place: the build writes it into index.html as
 * a <meta> tag, and main sends it as a response header when the renderer comes from the dev
 * server. Shared (no Node, no DOM) so the Vite config and main import the same text.
 */

/** Directive name → sources, in the order they are written out. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Production: the renderer loads only its own bundle. It makes no network calls at all (main
 * talks to Nango), and the QR code is inline SVG markup, so no `data:` image is allowed either.
 */
const PRODUCTION_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/** Writes directives as a policy string. */
function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The production policy string. */
export const PRODUCTION_CSP = serializeCsp(PRODUCTION_CSP_DIRECTIVES);

/**
 * The dev-server variant. Vite's dev client needs inline scripts (React Refresh preamble),
 * inline styles (CSS is injected as <style> for hot reload) and a WebSocket back to the
 * server. Only ever used with `electron-vite dev`, never in a packaged app.
 */
export function buildDevCsp(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const wsOrigin = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return serializeCsp({
    ...PRODUCTION_CSP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'", origin.origin],
    'style-src': ["'self'", "'unsafe-inline'", origin.origin],
    'img-src': ["'self'", origin.origin],
    'font-src': ["'self'", origin.origin],
    'connect-src': ["'self'", origin.origin, wsOrigin],
  });
}

/**
 * Directives a <meta> policy cannot carry (Chromium ignores them there and logs a warning);
 * they still go out in the response header.
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as it can be written into a <meta http-equiv> tag. */
export function metaCsp(directives: CspDirectives = PRODUCTION_CSP_DIRECTIVES): string {
  return serializeCsp(
    Object.fromEntries(
      Object.entries(directives).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)),
    ),
  );
}
