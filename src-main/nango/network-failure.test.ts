import { describe, expect, it } from 'vitest';
import { describeNetworkFailure, isNetworkFailure } from './network-failure';

const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const code = (c: string, message = c) => Object.assign(new Error(message), { code: c });

describe('network failures', () => {
  it('recognises fetch failures, nested causes and AggregateErrors', () => {
    expect(isNetworkFailure(fetchFailed(code('ECONNRESET')))).toBe(true);
    expect(isNetworkFailure(new AggregateError([code('ECONNREFUSED')]))).toBe(true);
    expect(isNetworkFailure(new Error('socket hang up'))).toBe(true);
  });

  it('does not mistake bugs for outages', () => {
    expect(isNetworkFailure(new TypeError('Headers.append: invalid header value'))).toBe(false);
    expect(isNetworkFailure(new Error('keychain locked'))).toBe(false);
    expect(isNetworkFailure('nope')).toBe(false);
  });

  it.each([
    ['ENOTFOUND', "Can't find h (DNS lookup failed)."],
    ['EAI_AGAIN', "Can't find h (DNS lookup failed)."],
    ['ECONNREFUSED', 'h refused the connection.'],
    ['CERT_HAS_EXPIRED', "h's TLS certificate was not accepted."],
    ['UND_ERR_SOCKET', 'The connection to h was cut.'],
    ['EHOSTUNREACH', "Can't reach h."],
  ])('describes %s', (c, text) => {
    expect(describeNetworkFailure(fetchFailed(code(c)), 'h')).toBe(text);
  });
});
