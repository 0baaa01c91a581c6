import { describe, expect, it } from 'vitest';
import { NangoError } from './nango-error';
import { buildNangoUrl, normaliseBaseUrl } from './nango-url';

describe('buildNangoUrl', () => {
  it('appends the path to a base with or without a path prefix', () => {
    expect(buildNangoUrl('https://api.nango.dev', '/connect/sessions')).toBe(
      'https://api.nango.dev/connect/sessions',
    );
    expect(buildNangoUrl('https://tools.acme.com/nango//', '/integrations')).toBe(
      'https://tools.acme.com/nango/integrations',
    );
  });

  it('encodes query params in order, tags included', () => {
    const url = buildNangoUrl('http://127.0.0.1:3003', '/connections', [
      ['tags[handoff_id]', 'a b&c'],
      ['limit', '5'],
    ]);
    expect(url).toBe('http://127.0.0.1:3003/connections?tags%5Bhandoff_id%5D=a+b%26c&limit=5');
  });

  it('drops the base query and refuses non-http bases or ones with credentials', () => {
    expect(normaliseBaseUrl('https://api.nango.dev/?x=1#y')).toBe('https://api.nango.dev');
    for (const bad of ['ftp://x', 'not a url', 'https://user:pw@api.nango.dev']) {
      expect(() => normaliseBaseUrl(bad)).toThrow(NangoError);
    }
  });
});
