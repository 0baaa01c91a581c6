/**
 * The ledger's file: a versioned JSON document apart from the sealed session store, so it
 * survives when that one cannot be opened. Holds no token and no link.
 */
import { z } from 'zod';
import type { LedgerState } from '../../src-shared/models/ledger';
import type { JsonBackend } from '../store/json-backend';
import type { DocumentStore } from '../store/settings-store';
import type { Notify } from '../store/salvage-rows';
import { salvageRows } from '../store/salvage-rows';
import { openVersionedStore } from '../store/versioned-store';

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

const ledgerSchema = z.object({
  entries: z.array(entrySchema),
  retention: z.object({
    days: z.number().int().min(1).max(3650),
    maxEntries: z.number().int().min(10).max(100_000),
  }),
});

/** Opens the ledger document. */
export function openLedgerStore(backend: JsonBackend, notify: Notify): DocumentStore<LedgerState> {
  return openVersionedStore<LedgerState>({
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
  });
}
