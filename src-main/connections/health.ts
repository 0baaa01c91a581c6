/**
 * Works out a saved connection's health from what Nango lists. Broken means an `auth` entry
 * in `errors`; a connection seen broken and then clean is `repaired`, which stays until it
 * breaks again so support can see what the desk fixed.
 */
import type { RemoteConnection, SavedConnection } from '../../src-shared/models/connection';

/** The row after one refresh; `remote` undefined means Nango no longer lists it. */
export function nextHealth(
  row: SavedConnection,
  remote: RemoteConnection | undefined,
  nowIso: string,
): SavedConnection {
  const base = { ...row, checkedAt: nowIso };
  if (!remote) return { ...base, health: 'missing', errorType: undefined };
  // Tags change on the server (a completed reconnect replaces them): keep ours current, since
  // a reconnect must resend exactly the connection's current tags.
  const withTags = { ...base, tags: remote.tags };
  const auth = remote.errors.find((e) => e.type === 'auth');
  const error = auth ?? remote.errors[0];
  if (auth) {
    return {
      ...withTags,
      health: 'broken',
      errorType: 'auth',
      brokenSince: row.health === 'broken' ? (row.brokenSince ?? nowIso) : nowIso,
    };
  }
  const wasBroken = row.health === 'broken' || row.health === 'repaired';
  return {
    ...withTags,
    health: wasBroken ? 'repaired' : 'ok',
    errorType: error?.type,
    brokenSince: undefined,
    repairedAt: row.health === 'broken' ? nowIso : row.repairedAt,
  };
}

const ORDER: Record<SavedConnection['health'], number> = {
  broken: 0,
  missing: 1,
  unknown: 2,
  repaired: 3,
  ok: 4,
};

/** Worklist order: broken first (longest broken first), then by label. */
export function byUrgency(a: SavedConnection, b: SavedConnection): number {
  return (
    ORDER[a.health] - ORDER[b.health] ||
    (a.brokenSince ?? '').localeCompare(b.brokenSince ?? '') ||
    a.label.localeCompare(b.label)
  );
}
