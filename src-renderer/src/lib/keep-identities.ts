/**
 * Structural sharing for lists that cross IPC: every event arrives as fresh objects, so an
 * unchanged item would look new to React and every memoised card would re-render. These keep
 * the previous object wherever the new one holds the same data.
 */

/** Deep equality for JSON-shaped data (what crosses IPC: no Dates, Maps or cycles). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const ar = a as Record<string, unknown>;
  const br = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(br, key) && sameJson(ar[key], br[key]));
}

/** `next` with each item that equals the previous item of its id replaced by that item. */
export function keepIdentities<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const merged = next.map((item, index) => {
    const old = before.get(item.id);
    const kept = old !== undefined && sameJson(old, item) ? old : item;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  // Nothing new at all: the very same array, so selectors on the list do not fire either.
  return changed ? merged : (previous as T[]);
}
