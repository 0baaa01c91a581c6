/** The ledger view's search, shared by main (CSV export of what is shown) and tests. */
import type { LedgerEntry } from '../models/ledger';

/** Entries whose label, tags, profile, integrations, outcome or connection match every word. */
export function searchLedger(entries: LedgerEntry[], query: string): LedgerEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((e) => {
    const haystack = [
      e.label,
      e.kind,
      e.profileName,
      e.outcome ?? 'live',
      e.connectionId ?? '',
      e.integrationId ?? '',
      e.note ?? '',
      ...e.integrations,
      ...Object.entries(e.tags).map(([k, v]) => `${k}=${v}`),
    ]
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
