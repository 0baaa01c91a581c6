import { describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { effectiveStatus, sortSessions } from './session-status';

describe('effectiveStatus', () => {
  const session = aSession({}, 0);
  it('shows an active session as expired once its time is up', () => {
    expect(effectiveStatus(session, 30 * 60_000 - 1)).toBe('active');
    expect(effectiveStatus(session, 30 * 60_000)).toBe('expired');
  });
  it("keeps main's status otherwise", () => {
    expect(effectiveStatus({ ...session, status: 'revoked' }, 0)).toBe('revoked');
  });
});

describe('sortSessions', () => {
  it('puts live sessions first, newest first', () => {
    const a = aSession({ id: 'old' }, 0);
    const b = aSession({ id: 'new' }, 60_000);
    const c = aSession({ id: 'dead', status: 'revoked' }, 120_000);
    expect(sortSessions([a, c, b]).map((s) => s.id)).toEqual(['new', 'old', 'dead']);
  });
});
