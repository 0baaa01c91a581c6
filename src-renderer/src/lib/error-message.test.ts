import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type AppError } from '../../../src-shared/contract/result';
import { errorAction, errorMessage } from './error-message';

const error = (code: AppError['code'], message = `main says ${code}.`): AppError => ({
  code,
  message,
});

describe('errorMessage', () => {
  it("shows main's message as it is, for every code (main is its one author)", () => {
    for (const code of ERROR_CODES) expect(errorMessage(error(code))).toBe(`main says ${code}.`);
  });

  it('still says something if a message is missing', () => {
    expect(errorMessage(error('internal', '  '))).toMatch(/went wrong/);
  });
});

describe('errorAction', () => {
  it('points key and scope problems to Settings and offline to a network retry', () => {
    expect(errorAction(error('invalid_key'))).toBe('settings');
    expect(errorAction(error('key_missing'))).toBe('settings');
    expect(errorAction(error('missing_scope'))).toBe('settings');
    expect(errorAction(error('offline'))).toBe('retry-network');
    expect(errorAction(error('timeout'))).toBeNull();
  });
});
