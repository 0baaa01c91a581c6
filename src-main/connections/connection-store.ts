/**
 * The saved-connections document, schema-versioned. Version 1 (the pre-release desk) kept a
 * `status` of 'ok' | 'broken' and a `lastError`; version 2 splits health and error type and
 * records when a connection broke and was repaired.
 */
import { z } from 'zod';
import type { JsonBackend } from '../store/json-backend';
import type { DocumentStore } from '../store/settings-store';
import { salvageRows, type Notify } from '../store/salvage-rows';
import { openVersionedStore, type Salvaged } from '../store/versioned-store';

/** One saved connection, as stored (version 2). */
const savedConnectionSchema = z.object({
  id: z.string().min(1),
  profileId: z.string().min(1),
  connectionId: z.string().min(1),
  integrationId: z.string().min(1),
  label: z.string(),
  tags: z.record(z.string(), z.string()),
  notes: z.string(),
  health: z.enum(['ok', 'broken', 'repaired', 'missing', 'unknown']),
  errorType: z.string().optional(),
  checkedAt: z.string().optional(),
  brokenSince: z.string().optional(),
  repairedAt: z.string().optional(),
  createdAt: z.string(),
});

const connectionsDoc = z.object({ connections: z.array(savedConnectionSchema) });
/** The whole saved-connections file. */
export type ConnectionsDoc = z.infer<typeof connectionsDoc>;

/** Version 1 → 2: `status`/`lastError` become `health`/`errorType`. */
function migrateV1(data: unknown): unknown {
  const rows = (data as { connections?: Record<string, unknown>[] } | null)?.connections ?? [];
  return {
    connections: rows.map(({ status, lastError, ...row }) => ({
      ...row,
      health: status === 'broken' ? 'broken' : status === 'ok' ? 'ok' : 'unknown',
      ...(typeof lastError === 'string' ? { errorType: lastError } : {}),
    })),
  };
}

/**
 * A damaged saved connection is kept when what identifies it (id, profile, connection and
 * integration ids) is intact; a lost label, tag set, note or health falls back to a default,
 * and the next refresh re-learns the health.
 */
const repairableConnection = savedConnectionSchema.extend({
  label: z.string().catch(''),
  tags: z.record(z.string(), z.string()).catch({}),
  notes: z.string().catch(''),
  health: savedConnectionSchema.shape.health.catch('unknown'),
  errorType: z.string().optional().catch(undefined),
  checkedAt: z.string().optional().catch(undefined),
  brokenSince: z.string().optional().catch(undefined),
  repairedAt: z.string().optional().catch(undefined),
  createdAt: z.string().catch(new Date(0).toISOString()),
});

/** Keeps every row that is still valid, or can be repaired, when the file as a whole is not. */
function salvage(data: unknown): Salvaged<ConnectionsDoc> | undefined {
  const salvaged = salvageRows(data, 'connections', savedConnectionSchema, repairableConnection);
  if (!salvaged) return undefined;
  const { rows: connections, repaired, dropped } = salvaged;
  return { value: { connections }, repaired, dropped };
}

/** Opens the saved-connections document (version 2). */
export function openConnectionStore(
  backend: JsonBackend,
  notify: Notify,
): DocumentStore<ConnectionsDoc> {
  return openVersionedStore({
    backend,
    label: 'saved connections',
    version: 2,
    schema: connectionsDoc,
    defaults: () => ({ connections: [] }),
    migrations: { 1: migrateV1 },
    salvage,
    notify,
  });
}
