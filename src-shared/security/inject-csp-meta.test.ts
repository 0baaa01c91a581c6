import { describe, expect, it } from 'vitest';
import { metaCsp } from './csp';
import { cspMetaTag, injectCspMeta } from './inject-csp-meta';

const POLICY = metaCsp();
const TAG = cspMetaTag(POLICY);

describe('injectCspMeta', () => {
  it('puts the meta tag first in <head>, before any script', () => {
    const html =
      '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="UTF-8" />\n' +
      '<script type="module" src="./main.tsx"></script>\n</head><body></body></html>';
    const out = injectCspMeta(html, POLICY);
    expect(out).toContain(`<head>${TAG}`);
    expect(out.indexOf(TAG)).toBeLessThan(out.indexOf('<script'));
  });

  it('handles <head> with attributes and odd case', () => {
    const out = injectCspMeta('<HTML><HEAD data-x="1"><title>t</title></HEAD></HTML>', POLICY);
    expect(out).toBe(`<HTML><HEAD data-x="1">${TAG}<title>t</title></HEAD></HTML>`);
  });

  it('does not mistake <header> for <head>', () => {
    const out = injectCspMeta('<html><body><header>x</header></body></html>', POLICY);
    expect(out).toBe(`<html><head>${TAG}</head><body><header>x</header></body></html>`);
  });

  it('adds a <head> when the document has neither <head> nor <html>', () => {
    expect(injectCspMeta('<!DOCTYPE html><p>x</p>', POLICY)).toBe(
      `<!DOCTYPE html><head>${TAG}</head><p>x</p>`,
    );
    expect(injectCspMeta('<p>x</p>', POLICY)).toBe(`<head>${TAG}</head><p>x</p>`);
  });

  it('writes the policy as a quoted attribute that cannot be broken out of', () => {
    expect(TAG).toBe(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
    expect(cspMetaTag(`a" onload="x`)).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a&quot; onload=&quot;x">',
    );
  });
});
