import { describe, expect, it } from 'vitest';
import type { RemoteConnection, SavedConnection } from '../../src-shared/models/connection';
import { byUrgency, nextHealth } from './health';

const row = (patch: Partial<SavedConnection> = {}): SavedConnection => ({
  id: 'r1',
  profileId: 'p1',
  connectionId: 'acme-gh',
  integrationId: 'github',
  label: 'Acme',
  tags: { end_user_id: 'u1' },
  notes: '',
  health: 'unknown',
  createdAt: '2026-11-23T09:00:00.000Z',
  ...patch,
});
const remote = (
  errors: { type: string }[],
  tags: Record<string, string> = { end_user_id: 'u1' },
): RemoteConnection => ({
  connectionId: 'acme-gh',
  integrationId: 'github',
  provider: 'github',
  tags,
  errors,
  created: '2026-11-01T00:00:00+00:00',
  endUser: null,
});
const T1 = '2026-11-23T10:00:00.000Z';
const T2 = '2026-11-23T11:00:00.000Z';

describe('nextHealth', () => {
  it('marks an auth error broken, keeping when it first broke', () => {
    const first = nextHealth(row(), remote([{ type: 'auth' }]), T1);
    expect(first).toMatchObject({
      health: 'broken',
      errorType: 'auth',
      brokenSince: T1,
      checkedAt: T1,
    });
    const again = nextHealth(first, remote([{ type: 'auth' }]), T2);
    expect(again.brokenSince).toBe(T1);
  });

  it('marks a broken connection repaired when its errors clear, and keeps it so', () => {
    const repaired = nextHealth(row({ health: 'broken', brokenSince: T1 }), remote([]), T2);
    expect(repaired).toMatchObject({ health: 'repaired', repairedAt: T2, brokenSince: undefined });
    expect(nextHealth(repaired, remote([]), T2).health).toBe('repaired');
  });

  it('treats a sync error as healthy auth but records the type', () => {
    expect(nextHealth(row(), remote([{ type: 'sync' }]), T1)).toMatchObject({
      health: 'ok',
      errorType: 'sync',
    });
  });

  it('marks a connection Nango no longer lists as missing', () => {
    expect(nextHealth(row({ health: 'ok' }), undefined, T1).health).toBe('missing');
  });

  it('takes the server’s current tags, which a reconnect must resend', () => {
    const next = nextHealth(row(), remote([], { end_user_id: 'u1', plan: 'pro' }), T1);
    expect(next.tags).toEqual({ end_user_id: 'u1', plan: 'pro' });
  });
});

describe('byUrgency', () => {
  it('puts broken first (longest broken first), then missing, unknown, repaired, ok', () => {
    const rows = [
      row({ id: 'ok', health: 'ok', label: 'A' }),
      row({ id: 'b2', health: 'broken', brokenSince: T2 }),
      row({ id: 'rep', health: 'repaired' }),
      row({ id: 'b1', health: 'broken', brokenSince: T1 }),
      row({ id: 'miss', health: 'missing' }),
    ];
    expect(rows.sort(byUrgency).map((r) => r.id)).toEqual(['b1', 'b2', 'miss', 'rep', 'ok']);
  });
});
