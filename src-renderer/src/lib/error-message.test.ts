import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type AppError } from '../../../src-shared/contract/result';
import { errorAction, errorMessage } from './error-message';

const error = (code: AppError['code'], extra: Partial<AppError> = {}): AppError => ({
  code,
  message: `server says ${code}`,
  ...extra,
});

describe('errorMessage', () => {
  it('points a rejected key to Settings', () => {
    expect(errorMessage(error('invalid_key'))).toBe(
      'Nango rejected the key — update it in Settings.',
    );
    expect(errorAction(error('invalid_key'))).toBe('settings');
  });
  it('says when to retry after a rate limit', () => {
    expect(errorMessage(error('rate_limited', { retryAfterSeconds: 42 }))).toContain(
      'Try again in 42 seconds',
    );
    expect(errorMessage(error('rate_limited', { retryAfterSeconds: 1 }))).toContain('1 second.');
    expect(errorMessage(error('rate_limited', { retryAfterSeconds: 125 }))).toContain('3 minutes');
    expect(errorMessage(error('rate_limited'))).toContain('in a minute');
  });
  it('explains offline and offers a connection check', () => {
    expect(errorMessage(error('offline'))).toMatch(/offline/i);
    expect(errorAction(error('offline'))).toBe('retry-network');
  });
  it('explains each keychain state', () => {
    expect(errorMessage(error('keychain_locked'))).toMatch(/locked/);
    expect(errorMessage(error('keychain_unavailable'))).toMatch(/No system keychain/);
    expect(errorMessage(error('keychain_timeout'))).toMatch(/unlock prompt/);
  });
  it('keeps the server detail for a missing scope', () => {
    const text = errorMessage(
      error('missing_scope', { message: 'Required: environment:connect_sessions:write' }),
    );
    expect(text).toContain('environment:connect_sessions:write');
  });
  it('summarises field errors and otherwise shows the message', () => {
    expect(
      errorMessage(error('invalid_input', { fields: [{ path: ['tags'], message: 'x' }] })),
    ).toMatch(/highlighted/);
    expect(errorMessage(error('invalid_input'))).toBe('server says invalid_input');
    expect(errorMessage(error('conflict'))).toBe('server says conflict');
  });
  it('returns a non-empty sentence for every code', () => {
    for (const code of ERROR_CODES) expect(errorMessage(error(code)).length).toBeGreaterThan(5);
  });
});
