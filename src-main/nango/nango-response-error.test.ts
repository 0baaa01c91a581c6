import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './nango-response-error';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const call = { method: 'GET', path: '/connections' };
const map = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  errorFromResponse(status, new Headers(headers), body, call, NOW);

describe('errorFromResponse', () => {
  it('reads Retry-After as seconds or as an HTTP date, else the reset header', () => {
    expect(map(429, undefined, { 'Retry-After': '7' }).details.retryAfterSeconds).toBe(7);
    const date = new Date(NOW + 12_000).toUTCString();
    expect(map(429, undefined, { 'Retry-After': date }).details.retryAfterSeconds).toBe(12);
    const reset = { 'X-RateLimit-Reset': String(NOW / 1000 + 30) };
    expect(map(429, undefined, reset).details.retryAfterSeconds).toBe(30);
  });

  it('copes with a non-Nango body (a proxy page) on any status', () => {
    expect(map(502, undefined)).toMatchObject({ kind: 'server', details: { status: 502 } });
    expect(map(400, undefined)).toMatchObject({
      kind: 'invalid_request',
      details: { status: 400 },
    });
    expect(map(403, undefined).details.requiredScope).toBeUndefined();
  });

  it.each([
    [
      'Insufficient scope. Required: environment:connect_sessions:write',
      ['environment:connect_sessions:write'],
    ],
    [
      'Insufficient scope. Required one of: environment:integrations:list or environment:integrations:list_credentials',
      ['environment:integrations:list', 'environment:integrations:list_credentials'],
    ],
  ])('reads the scopes of both 403 forms: %s', (message, scopes) => {
    const error = map(403, { error: { code: 'forbidden', message } });
    expect(error.details).toMatchObject({ requiredScope: scopes[0], requiredScopes: scopes });
    for (const scope of scopes) expect(error.message).toContain(scope);
  });

  it('treats a redirect as a server problem pointing at the API URL', () => {
    expect(map(301, undefined).message).toMatch(/API URL/);
  });

  it('summarises several field errors', () => {
    const error = map(400, {
      error: {
        code: 'invalid_body',
        errors: [
          { code: 'too_big', message: 'Too long.', path: ['tags', 'a'] },
          { code: 'invalid_type', message: 'Required', path: ['end_user'] },
        ],
      },
    });
    expect(error.message).toBe(
      'Nango rejected the request: Too long (tags.a) and 1 more problem(s).',
    );
    expect(error.details.fields).toHaveLength(2);
  });
});
