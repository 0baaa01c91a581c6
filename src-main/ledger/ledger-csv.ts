/** The ledger as a CSV file people can open in a spreadsheet. */
import type { LedgerEntry } from '../../src-shared/models/ledger';
import { toCsv } from './csv';

const HEADER = [
  'Created',
  'Customer',
  'Kind',
  'Profile',
  'Integrations',
  'Outcome',
  'Outcome at',
  'Connection id',
  'Connected integration',
  'Tags',
  'Note',
  'Handoff id',
];

/** CSV of `entries`, in the order given. */
export function ledgerCsv(entries: LedgerEntry[]): string {
  return toCsv(
    HEADER,
    entries.map((e) => [
      e.createdAt,
      e.label,
      e.kind,
      e.profileName,
      e.integrations.join(' '),
      e.outcome ?? 'live',
      e.outcomeAt ?? '',
      e.connectionId ?? '',
      e.integrationId ?? '',
      Object.entries(e.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      e.note ?? '',
      e.id,
    ]),
  );
}
