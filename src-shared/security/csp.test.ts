import { describe, expect, it } from 'vitest';
import { buildDevCsp, metaCsp, PRODUCTION_CSP } from './csp';

/** Parses a policy into directive → sources. */
const parse = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );

describe('PRODUCTION_CSP', () => {
  const policy = parse(PRODUCTION_CSP);

  it('allows no inline or eval script, and no network from the renderer', () => {
    expect(PRODUCTION_CSP).not.toContain('unsafe-inline');
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(policy.get('connect-src')).toEqual(["'none'"]);
  });

  it('denies by default and locks down base, forms, framing and plugins', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    // The QR code is inline SVG: not even a data: image is needed.
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) {
      expect(policy.get(name)).toEqual(["'none'"]);
    }
  });
});

describe('metaCsp', () => {
  it('is the production policy minus directives a <meta> cannot carry', () => {
    const meta = parse(metaCsp());
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('connect-src')).toEqual(["'none'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(metaCsp()).not.toContain('unsafe');
  });
});

describe('buildDevCsp', () => {
  it("allows the dev server's origin, its WebSocket and inline scripts only", () => {
    const policy = parse(buildDevCsp('http://localhost:5173/'));
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
      'http://localhost:5173',
    ]);
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(buildDevCsp('http://localhost:5173')).not.toContain('unsafe-eval');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
