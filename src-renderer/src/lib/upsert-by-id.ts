/** The one way the renderer's stores merge a record main sent back into their list. */

/**
 * `items` with `item` in place of the entry with its id, or added when there is none: at the
 * end, or at the start for newest-first lists. Never mutates `items`.
 */
export function upsertById<T extends { id: string }>(
  items: readonly T[],
  item: T,
  addAt: 'start' | 'end' = 'end',
): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index >= 0) return items.map((existing, i) => (i === index ? item : existing));
  return addAt === 'start' ? [item, ...items] : [...items, item];
}
