import { describe, expect, it } from 'vitest';
import { isNangoCloudApi, isVettedConnectLink, withApiUrl } from './connect-link';
import { NangoError } from './nango-error';

const TOKEN = `nango_connect_session_${'ab12'.repeat(16)}`;
const CLOUD_UI = 'https://connect.nango.dev';
const LINK = `${CLOUD_UI}/?session_token=${TOKEN}`;

describe('isVettedConnectLink', () => {
  it('accepts the link Nango returns', () => {
    expect(isVettedConnectLink(LINK, CLOUD_UI)).toBe(true);
    expect(isVettedConnectLink(`${LINK}&lang=fr&theme=dark`, `${CLOUD_UI}/`)).toBe(true);
  });

  it.each([
    ['http', LINK.replace('https:', 'http:')],
    ['another origin', LINK.replace('connect.nango.dev', 'connect.nango.dev.evil.com')],
    ['another port', LINK.replace('connect.nango.dev', 'connect.nango.dev:8443')],
    ['credentials', LINK.replace('https://', 'https://user:pw@')],
    ['no token', `${CLOUD_UI}/`],
    ['short token', `${CLOUD_UI}/?session_token=nango_connect_session_abc`],
    ['wrong prefix', `${CLOUD_UI}/?session_token=${TOKEN.replace('nango_', 'other_')}`],
    ['two tokens', `${LINK}&session_token=${TOKEN}`],
    ['not a URL', 'javascript:alert(1)'],
  ])('refuses %s', (_name, link) => {
    expect(isVettedConnectLink(link, CLOUD_UI)).toBe(false);
  });

  it('requires the path of a Connect UI served under a prefix', () => {
    const base = 'https://tools.acme.com/connect';
    expect(isVettedConnectLink(`${base}/?session_token=${TOKEN}`, base)).toBe(true);
    expect(isVettedConnectLink(`https://tools.acme.com/other/?session_token=${TOKEN}`, base)).toBe(
      false,
    );
    expect(
      isVettedConnectLink(`https://tools.acme.com/connectx?session_token=${TOKEN}`, base),
    ).toBe(false);
  });
});

describe('links from a default self-hosted Nango (http on loopback)', () => {
  const SELF_HOSTED_UI = 'http://localhost:3009';
  const SELF_HOSTED_LINK = `${SELF_HOSTED_UI}/?session_token=${TOKEN}`;

  it('accepts loopback http for a loopback http Connect UI base', () => {
    expect(isVettedConnectLink(SELF_HOSTED_LINK, SELF_HOSTED_UI)).toBe(true);
    expect(
      isVettedConnectLink(
        `http://127.0.0.1:3009/?session_token=${TOKEN}`,
        'http://127.0.0.1:3009/',
      ),
    ).toBe(true);
    expect(
      isVettedConnectLink(`http://[::1]:3009/?session_token=${TOKEN}`, 'http://[::1]:3009'),
    ).toBe(true);
  });

  it.each([
    ['an https base', SELF_HOSTED_LINK, 'https://localhost:3009'],
    ['another loopback port', SELF_HOSTED_LINK, 'http://localhost:3010'],
    ['another loopback name', SELF_HOSTED_LINK, 'http://127.0.0.1:3009'],
    [
      'http off loopback, even if the base says so',
      `http://connect.acme.test/?session_token=${TOKEN}`,
      'http://connect.acme.test',
    ],
    [
      'a look-alike host',
      `http://localhost.evil.test/?session_token=${TOKEN}`,
      'http://localhost.evil.test',
    ],
  ])('refuses %s', (_name, link, base) => {
    expect(isVettedConnectLink(link, base)).toBe(false);
  });

  it('keeps apiURL on a self-hosted link', () => {
    const out = new URL(withApiUrl(SELF_HOSTED_LINK, 'http://localhost:3003', SELF_HOSTED_UI));
    expect(out.origin).toBe(SELF_HOSTED_UI);
    expect(out.searchParams.get('apiURL')).toBe('http://localhost:3003');
    expect(out.searchParams.get('session_token')).toBe(TOKEN);
  });
});

describe('withApiUrl', () => {
  it('leaves cloud links alone', () => {
    expect(withApiUrl(LINK, 'https://api.nango.dev/', CLOUD_UI)).toBe(LINK);
    expect(isNangoCloudApi('https://api.nango.dev')).toBe(true);
  });

  it('appends the self-hosted API base, path prefix included', () => {
    const out = new URL(withApiUrl(LINK, 'https://nango.acme.com/api/', CLOUD_UI));
    expect(out.searchParams.get('apiURL')).toBe('https://nango.acme.com/api');
    expect(out.searchParams.get('session_token')).toBe(TOKEN);
    expect(isNangoCloudApi('http://api.nango.dev')).toBe(false);
    expect(isNangoCloudApi('https://api.nango.dev/v2')).toBe(false);
  });

  it('replaces an apiURL the link already had', () => {
    const out = new URL(
      withApiUrl(`${LINK}&apiURL=https://x.test`, 'http://localhost:3003', CLOUD_UI),
    );
    expect(out.searchParams.getAll('apiURL')).toEqual(['http://localhost:3003']);
  });

  it('refuses to rewrite a link that is not vetted', () => {
    expect(() =>
      withApiUrl(LINK.replace('https:', 'http:'), 'http://localhost:3003', CLOUD_UI),
    ).toThrow(NangoError);
  });
});
