/**
 * The ledger's files: a versioned JSON snapshot (`ledger.json`) and a journal of the changes
 * since (`ledger.journal.jsonl`, journaled-store.ts), apart from the sealed session store, so
 * they survive when that one cannot be opened. They hold no token and no link.
 */
import { z } from 'zod';
import type { LedgerState } from '../../src-shared/models/ledger';
import type { JsonBackend } from '../store/json-backend';
import type { Notify } from '../store/salvage-rows';
import { salvageRows } from '../store/salvage-rows';
import { openVersionedStore } from '../store/versioned-store';
import type { JournalFile } from './journal-file';
import { journalOpSchema } from './journal-lines';
import {
  openJournaledStore,
  type JournaledStoreOptions,
  type LedgerStore,
} from './journaled-store';

/** Default retention: a quarter of history, bounded in size. */
const DEFAULT_RETENTION = { days: 90, maxEntries: 5000 };

const iso = z.string().min(1);
const entrySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['connect', 'reconnect']),
  profileId: z.string(),
  profileName: z.string(),
  label: z.string(),
  tags: z.record(z.string(), z.string()),
  integrations: z.array(z.string()),
  createdAt: iso,
  expiresAt: iso,
  outcome: z.enum(['connected', 'revoked', 'expired', 'superseded', 'failed']).nullable(),
  outcomeAt: iso.optional(),
  connectionId: z.string().optional(),
  integrationId: z.string().optional(),
  note: z.string().optional(),
});

const retentionSchema = z.object({
  days: z.number().int().min(1).max(3650),
  maxEntries: z.number().int().min(10).max(100_000),
});

const ledgerSchema = z.object({ entries: z.array(entrySchema), retention: retentionSchema });

/** Opens the ledger: its snapshot through `backend`, its changes since through `journal`. */
export function openLedgerStore(
  backend: JsonBackend,
  notify: Notify,
  journal: JournalFile,
  tuning: Pick<JournaledStoreOptions, 'maxJournalLines' | 'schedule'> = {},
): LedgerStore {
  const snapshot = openVersionedStore<LedgerState>({
    backend,
    label: 'link history',
    version: 1,
    schema: ledgerSchema,
    defaults: () => ({ entries: [], retention: { ...DEFAULT_RETENTION } }),
    salvage: (data) => {
      const salvaged = salvageRows(data, 'entries', entrySchema);
      if (!salvaged) return undefined;
      const { rows: entries, repaired, dropped } = salvaged;
      return { value: { entries, retention: { ...DEFAULT_RETENTION } }, repaired, dropped };
    },
    notify,
    // Read once, at start-up, by the journaled store, which freezes what it reads.
    sharedReads: true,
  });
  return openJournaledStore({
    snapshot,
    journal,
    opSchema: journalOpSchema(entrySchema, retentionSchema),
    label: 'link history',
    notify,
    ...tuning,
  });
}
