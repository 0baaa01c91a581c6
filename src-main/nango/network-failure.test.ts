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

  it.each([
    ['ERR_NAME_NOT_RESOLVED', "Can't find h (DNS lookup failed)."],
    ['ERR_CONNECTION_REFUSED', 'h refused the connection.'],
    ['ERR_SSL_PROTOCOL_ERROR', "h's TLS certificate was not accepted."],
    ['ERR_CONNECTION_CLOSED', 'The connection to h was cut.'],
    [
      'ERR_PAC_SCRIPT_FAILED',
      "Can't reach h through the network's proxy. Check the system proxy settings.",
    ],
    ['ERR_ADDRESS_UNREACHABLE', "Can't reach h."],
  ])("recognises and describes Chromium's net::%s (Electron's net.fetch)", (name, text) => {
    const error = new Error(`net::${name}`);
    expect(isNetworkFailure(error)).toBe(true);
    expect(describeNetworkFailure(error, 'h')).toBe(text);
  });

  it('does not take Chromium errors that are not outages for one', () => {
    expect(isNetworkFailure(new Error('net::ERR_INVALID_URL'))).toBe(false);
    expect(isNetworkFailure(new Error('net::ERR_BLOCKED_BY_CLIENT'))).toBe(false);
  });
});
