import { describe, expect, it } from 'vitest';
import { profileInput } from '../contract/schemas';
import { isHttpsOrLoopbackHttp, isLoopbackHttp } from './loopback-http';

describe('the https-or-loopback-http rule', () => {
  it.each([
    ['https://api.nango.dev', true, false],
    ['http://localhost:3003', true, true],
    ['http://127.0.0.1:3009/', true, true],
    ['http://[::1]:3009', true, true],
    ['http://nango.acme.test', false, false],
    ['http://localhost.acme.test', false, false],
    ['ftp://localhost', false, false],
  ])('%s: allowed %s, loopback http %s', (value, allowed, loopback) => {
    expect(isHttpsOrLoopbackHttp(new URL(value))).toBe(allowed);
    expect(isLoopbackHttp(new URL(value))).toBe(loopback);
  });

  it('is the rule the profile schema applies to both URLs', () => {
    const profile = (apiBaseUrl: string, connectUiBaseUrl: string) =>
      profileInput.safeParse({ name: 'Self-hosted', apiBaseUrl, connectUiBaseUrl }).success;
    expect(profile('http://localhost:3003', 'http://localhost:3009')).toBe(true);
    expect(profile('http://localhost:3003', 'http://connect.acme.test')).toBe(false);
    expect(profile('http://nango.acme.test', 'https://connect.nango.dev')).toBe(false);
  });
});
