import { describe, expect, it } from 'vitest';
import { aConnection, aRemoteConnection, aSession } from '../test/fixtures';
import {
  DEFAULT_DESK_QUERY,
  NO_IMPORT_FILTERS,
  applyDeskQuery,
  countByHealth,
  defaultRemoteLabel,
  formatRelative,
  healthDetail,
  importTagFilterError,
  isRemoteBroken,
  lastCheckedAt,
  matchesText,
  searchRequest,
  sessionForRow,
} from './connection-desk';

const H = 3_600_000;
const rows = [
  aConnection({
    id: 'a',
    label: 'Zeta Ltd',
    health: 'broken',
    brokenSince: '2025-01-01T00:00:00Z',
  }),
  aConnection({
    id: 'b',
    label: 'alpha inc',
    connectionId: 'alpha-sf',
    integrationId: 'salesforce',
    health: 'missing',
    tags: { region: 'emea-west' },
  }),
  aConnection({ id: 'c', label: 'Beta', connectionId: 'beta-1', health: 'ok' }),
];

describe('searching and filtering the saved list', () => {
  it('matches label, connection id, integration and tag values, case-insensitively', () => {
    expect(matchesText(rows[1]!, 'ALPHA')).toBe(true);
    expect(matchesText(rows[1]!, 'alpha-sf')).toBe(true);
    expect(matchesText(rows[1]!, 'salesforce')).toBe(true);
    expect(matchesText(rows[1]!, 'emea')).toBe(true);
    // Tag keys and notes are not searched.
    expect(matchesText(rows[1]!, 'region')).toBe(false);
    // Every word must match.
    expect(matchesText(rows[1]!, 'alpha emea')).toBe(true);
    expect(matchesText(rows[1]!, 'alpha hubspot')).toBe(false);
    expect(matchesText(rows[1]!, '   ')).toBe(true);
  });

  it('keeps main’s worklist order by default and filters by status', () => {
    expect(applyDeskQuery(rows, DEFAULT_DESK_QUERY).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const broken = applyDeskQuery(rows, { ...DEFAULT_DESK_QUERY, status: 'broken' });
    expect(broken.map((r) => r.id)).toEqual(['a']);
    const text = applyDeskQuery(rows, { ...DEFAULT_DESK_QUERY, text: 'hubspot' });
    expect(text.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('sorts by label ignoring case', () => {
    const sorted = applyDeskQuery(rows, { ...DEFAULT_DESK_QUERY, sort: 'label' });
    expect(sorted.map((r) => r.label)).toEqual(['alpha inc', 'Beta', 'Zeta Ltd']);
  });

  it('counts rows per health', () => {
    expect(countByHealth(rows)).toEqual({ broken: 1, missing: 1, unknown: 0, repaired: 0, ok: 1 });
  });
});

describe('health words and times', () => {
  const now = Date.parse('2025-01-03T12:00:00Z');
  it('says how long ago', () => {
    expect(formatRelative(new Date(now - 10_000).toISOString(), now)).toBe('just now');
    expect(formatRelative(new Date(now - 5 * 60_000).toISOString(), now)).toBe('5 min ago');
    expect(formatRelative(new Date(now - 3 * H).toISOString(), now)).toBe('3 h ago');
    expect(formatRelative(new Date(now - 26 * H).toISOString(), now)).toBe('1 day ago');
    expect(formatRelative(new Date(now - 60 * H).toISOString(), now)).toBe('3 days ago');
    expect(formatRelative('nonsense', now)).toBe('unknown time');
    // `now` floored to the minute: a check made 50 s into this minute is not in the future.
    expect(formatRelative(new Date(now + 50_000).toISOString(), now)).toBe('just now');
    expect(formatRelative(new Date(now + 5 * 60_000).toISOString(), now)).toBe('in 5 min');
  });

  it('explains each health', () => {
    const broken = aConnection({
      health: 'broken',
      errorType: 'auth',
      brokenSince: new Date(now - 3 * H).toISOString(),
    });
    expect(healthDetail(broken, now)).toBe('auth error since 3 h ago');
    const repaired = aConnection({
      health: 'repaired',
      repairedAt: new Date(now - 10 * 60_000).toISOString(),
    });
    expect(healthDetail(repaired, now)).toBe('repaired 10 min ago');
    expect(healthDetail(aConnection({ health: 'missing' }), now)).toMatch(/no longer lists/);
    expect(healthDetail(aConnection({ health: 'unknown' }), now)).toBe('not checked yet');
  });

  it('finds the latest check', () => {
    const a = aConnection({ checkedAt: '2025-01-01T00:00:00Z' });
    const b = aConnection({ checkedAt: '2025-01-02T00:00:00Z' });
    expect(lastCheckedAt([a, b, aConnection()])).toBe('2025-01-02T00:00:00Z');
    expect(lastCheckedAt([aConnection()])).toBeUndefined();
  });
});

describe('connections from Nango', () => {
  it('labels an import with the end user’s name, email or id, else the connection id', () => {
    const endUser = { id: 'cus_1', email: 'dana@acme.io', displayName: 'Dana' };
    expect(defaultRemoteLabel(aRemoteConnection({ endUser }))).toBe('Dana');
    expect(
      defaultRemoteLabel(aRemoteConnection({ endUser: { ...endUser, displayName: null } })),
    ).toBe('dana@acme.io');
    expect(defaultRemoteLabel(aRemoteConnection({ endUser: { id: 'cus_1' } }))).toBe('cus_1');
    expect(defaultRemoteLabel(aRemoteConnection({ tags: { end_user_email: 'ops@acme.io' } }))).toBe(
      'ops@acme.io',
    );
    expect(defaultRemoteLabel(aRemoteConnection({ tags: {} }))).toBe('remote-1');
  });

  it('is broken only with an auth error', () => {
    expect(isRemoteBroken(aRemoteConnection({ errors: [{ type: 'auth' }] }))).toBe(true);
    expect(isRemoteBroken(aRemoteConnection({ errors: [{ type: 'sync' }] }))).toBe(false);
  });

  it('builds the search request without empty filters', () => {
    expect(searchRequest('p1', NO_IMPORT_FILTERS, 0)).toEqual({ profileId: 'p1', page: 0 });
    const filters = { integration: ' hubspot ', search: 'acme', tagKey: 'org', tagValue: 'x' };
    expect(searchRequest('p1', filters, 2)).toEqual({
      profileId: 'p1',
      page: 2,
      integrationId: 'hubspot',
      search: 'acme',
      tag: { key: 'org', value: 'x' },
    });
  });

  it('wants both halves of the tag filter and a valid key', () => {
    expect(importTagFilterError(NO_IMPORT_FILTERS)).toBeNull();
    expect(importTagFilterError({ ...NO_IMPORT_FILTERS, tagKey: 'org' })).toMatch(/value/);
    expect(importTagFilterError({ ...NO_IMPORT_FILTERS, tagValue: 'x' })).toMatch(/key/);
    expect(importTagFilterError({ ...NO_IMPORT_FILTERS, tagKey: '9x', tagValue: 'x' })).toMatch(
      /start with a letter/,
    );
  });
});

describe('which reconnect card belongs to a row', () => {
  const row = aConnection({ id: 'c1', connectionId: 'acme-hubspot', integrationId: 'hubspot' });
  const reconnect = (id: string, extra = {}) =>
    aSession({
      id,
      kind: 'reconnect',
      connectionId: 'acme-hubspot',
      integrationId: 'hubspot',
      ...extra,
    });

  it('prefers the session the desk created, whatever its status', () => {
    const mine = reconnect('mine', { status: 'revoked' });
    expect(sessionForRow(row, [reconnect('other'), mine], 'mine')?.id).toBe('mine');
  });

  it('follows the desk’s session to its card’s next link after a refresh, and keeps a completion', () => {
    const mine = reconnect('mine', { createdAt: '2025-01-01T00:00:00Z' });
    const next = reconnect('next', { cardId: 'mine', createdAt: '2025-01-01T00:27:00Z' });
    expect(sessionForRow(row, [next, mine], 'mine')?.id).toBe('next');
    // The previous link went (superseded): still the same card.
    expect(sessionForRow(row, [next], 'mine')?.id).toBe('next');
    const done = { ...mine, status: 'completed' as const };
    expect(sessionForRow(row, [{ ...next, status: 'revoked' as const }, done], 'mine')?.id).toBe(
      'mine',
    );
  });

  it('else finds the newest live reconnect of the same connection', () => {
    const older = reconnect('older', { createdAt: '2025-01-01T00:00:00Z' });
    const newer = reconnect('newer', { createdAt: '2025-01-02T00:00:00Z' });
    const dead = reconnect('dead', { status: 'expired', createdAt: '2025-01-03T00:00:00Z' });
    const connect = aSession({ id: 'connect' });
    const elsewhere = reconnect('elsewhere', { connectionId: 'other' });
    expect(sessionForRow(row, [older, newer, dead, connect, elsewhere], undefined)?.id).toBe(
      'newer',
    );
    expect(sessionForRow(row, [connect], 'gone')).toBeUndefined();
  });
});
