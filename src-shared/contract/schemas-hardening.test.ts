import { describe, expect, it } from 'vitest';
import { profileInput } from './schemas';

describe('URL fields', () => {
  it('reject a URL without a scheme with one message, without throwing', () => {
    const parse = () =>
      profileInput.safeParse({
        name: 'Prod',
        apiBaseUrl: 'api.nango.dev',
        connectUiBaseUrl: 'https://connect.nango.dev',
      });
    expect(parse).not.toThrow();
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['apiBaseUrl', 'Enter a full URL, e.g. https://api.nango.dev'],
    ]);
  });
});
