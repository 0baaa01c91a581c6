import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src-shared/contract/result';
import { AppFailure } from '../errors/app-failure';
import { KEY_MISSING_MESSAGE } from '../keychain/key-missing-error';
import { KeychainError } from '../keychain/keychain-error';
import { KEYCHAIN_MESSAGES } from '../keychain/keychain-messages';
import { NangoError, type NangoErrorKind } from '../nango/nango-error';
import { describePaths, INTERNAL_ERROR_MESSAGE, toAppError } from './to-app-error';

class KeyMissingError extends Error {
  override readonly name = 'KeyMissingError';
}

describe('toAppError: NangoError', () => {
  it.each<[NangoErrorKind, string]>([
    ['unauthorized', 'invalid_key'],
    ['forbidden', 'missing_scope'],
    ['invalid_request', 'invalid_input'],
    ['session_gone', 'session_gone'],
    ['not_found', 'not_found'],
    ['rate_limited', 'rate_limited'],
    ['server', 'server_error'],
    ['offline', 'offline'],
    ['timeout', 'timeout'],
    ['bad_response', 'server_error'],
  ])('maps %s to %s with a message for people', (kind, code) => {
    const error = toAppError(new NangoError(kind, 'raw client text'));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message).toMatch(/[.!]$/);
  });

  it('names the missing scope and the feature that is off', () => {
    const error = toAppError(
      new NangoError('forbidden', 'x', { requiredScope: 'environment:integrations:list' }),
    );
    expect(error).toEqual({ code: 'missing_scope', message: expect.any(String) });
    expect(error.message).toContain('environment:integrations:list');
    expect(error.message).toMatch(/integration picker is off/);
    const sessions = toAppError(
      new NangoError('forbidden', 'x', { requiredScope: 'environment:connect_sessions:write' }),
    );
    expect(sessions.message).toMatch(/connect links .* off/i);
    const other = toAppError(new NangoError('forbidden', 'x', { requiredScope: 'some:new:scope' }));
    expect(other.message).toContain('some:new:scope');
  });

  it('names the choice of scopes, recommending the least-privilege one', () => {
    const error = toAppError(
      new NangoError('forbidden', 'x', {
        requiredScope: 'environment:integrations:list',
        requiredScopes: [
          'environment:integrations:list',
          'environment:integrations:list_credentials',
        ],
      }),
    );
    expect(error.code).toBe('missing_scope');
    expect(error.message).toContain(
      'one of "environment:integrations:list" or "environment:integrations:list_credentials"',
    );
    expect(error.message).toMatch(/integration picker is off/);
    expect(error.message).toContain(
      'Add "environment:integrations:list" (the least-privilege choice)',
    );
  });

  it('passes field errors on for invalid input and names them', () => {
    const fields = [
      { path: ['allowed_integrations', '1'], message: 'Integration does not exist' },
      { path: ['tags', 'end_user_email'], message: 'Invalid email' },
    ];
    const error = toAppError(new NangoError('invalid_request', 'x', { fields }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual(fields);
    expect(error.message).toContain('allowed_integrations.1 and tags.end_user_email');
  });

  it("shows the server's words when a 400 carries no fields", () => {
    const error = toAppError(
      new NangoError('invalid_request', 'ConnectionID or IntegrationId does not exists'),
    );
    expect(error.message).toContain('ConnectionID or IntegrationId does not exists');
    expect(error.fields).toBeUndefined();
  });

  it('carries retryAfterSeconds for rate limits, when known', () => {
    expect(toAppError(new NangoError('rate_limited', 'x', { retryAfterSeconds: 12.2 }))).toEqual({
      code: 'rate_limited',
      message: expect.stringContaining('13 seconds'),
      retryAfterSeconds: 13,
    });
    expect(toAppError(new NangoError('rate_limited', 'x')).retryAfterSeconds).toBeUndefined();
    const long = toAppError(new NangoError('rate_limited', 'x', { retryAfterSeconds: 125 }));
    expect(long.message).toContain('Try again in 3 minutes.');
  });

  it("says why the network failed in the client's words (host only), and what to do", () => {
    const reason = "Can't reach api.nango.test through the network's proxy.";
    const offline = toAppError(new NangoError('offline', reason));
    expect(offline).toEqual({ code: 'offline', message: expect.stringContaining(reason) });
    expect(offline.message).toMatch(/^Handoff is offline: .* Nothing was lost/);
    const timeout = toAppError(new NangoError('timeout', 'Nango (h) did not answer within 3 s.'));
    expect(timeout.message).toBe('Nango (h) did not answer within 3 s. Try again.');
  });
});

describe('toAppError: keychain and local errors', () => {
  it.each([
    ['locked', 'keychain_locked'],
    ['unavailable', 'keychain_unavailable'],
    ['timeout', 'keychain_timeout'],
  ] as const)('maps KeychainError %s to %s', (kind, code) => {
    const error = toAppError(new KeychainError(kind, 'dbus said: secret stuff'));
    expect(error).toEqual({ code, message: KEYCHAIN_MESSAGES[kind] });
  });

  it('maps KeyMissingError by name', () => {
    expect(toAppError(new KeyMissingError('profile p1'))).toEqual({
      code: 'key_missing',
      message: KEY_MISSING_MESSAGE,
    });
  });

  it('passes an AppFailure through with its code, message and fields', () => {
    const fields = [{ path: ['name'], message: 'Taken' }];
    expect(toAppError(new AppFailure('conflict', 'That session already expired.'))).toEqual({
      code: 'conflict',
      message: 'That session already expired.',
    });
    expect(toAppError(new AppFailure('not_found', 'No such profile.', fields))).toEqual({
      code: 'not_found',
      message: 'No such profile.',
      fields,
    });
  });

  it('every code it produces is in the contract', () => {
    const errors = [
      new NangoError('server', 'x'),
      new KeychainError('locked', 'x'),
      new KeyMissingError(),
      new AppFailure('conflict', 'x'),
      new Error('x'),
    ];
    for (const error of errors) expect(ERROR_CODES).toContain(toAppError(error).code);
  });
});

describe('toAppError: unknown errors', () => {
  const SECRET = '6f0c2a1e-1f7b-4c7e-9a4e-0c9d1b2a3f4e';

  it.each([
    new Error(`Authorization: Bearer ${SECRET}`),
    new TypeError(`Cannot read ${SECRET}`),
    Object.assign(new Error('x'), { name: 'NangoError', kind: 'unauthorized' }),
    `string ${SECRET}`,
    { message: SECRET },
    null,
    undefined,
    42,
  ])('never leaks the message or stack of %s', (thrown) => {
    const error = toAppError(thrown);
    expect(error).toEqual({ code: 'internal', message: INTERNAL_ERROR_MESSAGE });
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(' at ');
  });
});

describe('describePaths', () => {
  it('names one, two, or a few fields and counts the rest', () => {
    const f = (...paths: string[][]) => paths.map((path) => ({ path, message: 'm' }));
    expect(describePaths(f(['name']))).toBe('name');
    expect(describePaths(f([]))).toBe('the request');
    expect(describePaths(f(['a'], ['b', 'c']))).toBe('a and b.c');
    expect(describePaths(f(['a'], ['b'], ['c'], ['d'], ['e']))).toBe('a, b, c and 2 more fields');
  });
});
