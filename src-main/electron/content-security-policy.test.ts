import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { Session } from 'electron';
import { buildDevCsp, PRODUCTION_CSP } from '../../src-shared/security/csp';
import { cspForTarget, installCspHeader } from './content-security-policy';

type Listener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function fakeSession() {
  const registered: { filter: { urls: string[] }; listener: Listener }[] = [];
  const ses = {
    webRequest: {
      onHeadersReceived: (filter: { urls: string[] }, listener: Listener) =>
        registered.push({ filter, listener }),
    },
  };
  return { ses: ses as unknown as Session, registered };
}

describe('installCspHeader', () => {
  it('sets the policy on http(s) responses, replacing any the server sent', () => {
    const { ses, registered } = fakeSession();
    installCspHeader(ses, PRODUCTION_CSP);
    expect(registered).toHaveLength(1);
    expect(registered[0]?.filter.urls).toEqual(['http://*/*', 'https://*/*']);
    const callback = vi.fn();
    registered[0]?.listener(
      {
        responseHeaders: {
          'content-type': ['text/html'],
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Security-Policy': ['default-src *'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'content-type': ['text/html'],
        'Content-Security-Policy': [PRODUCTION_CSP],
      },
    });
  });

  it('copes with a response that has no headers', () => {
    const { ses, registered } = fakeSession();
    installCspHeader(ses, PRODUCTION_CSP);
    const callback = vi.fn();
    registered[0]?.listener({}, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [PRODUCTION_CSP] },
    });
  });
});

describe('cspForTarget', () => {
  it('is strict for the built file and relaxed only for the dev server', () => {
    expect(cspForTarget({ kind: 'file', path: '/x/index.html' })).toBe(PRODUCTION_CSP);
    expect(cspForTarget({ kind: 'dev-server', url: 'http://localhost:5173' })).toBe(
      buildDevCsp('http://localhost:5173'),
    );
  });
});
