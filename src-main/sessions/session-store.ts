/**
 * The sealed session store's document: every session record, tokens included, encrypted with
 * the install's data key (see store/encrypted-store.ts). Checked with zod on open, so a file
 * from a future version or an altered one is set aside rather than trusted.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { preflightSchema } from '../../src-shared/contract/preflight-schemas';
import type { KeychainVault } from '../keychain/keychain-vault';
import { loadDataKey } from '../keychain/data-key';
import { EncryptedStore } from '../store/encrypted-store';
import type { Notify } from '../store/salvage-rows';
import type { SessionRecord } from './session-record';

/** The sealed document. */
export interface SessionsDoc {
  sessions: SessionRecord[];
}

const iso = z.string().min(1);
const viewSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['connect', 'reconnect']),
  profileId: z.string(),
  label: z.string(),
  connectLink: z.string(),
  createdAt: iso,
  expiresAt: iso,
  tags: z.record(z.string(), z.string()),
  allowedIntegrations: z.array(z.string()),
  connectionId: z.string().optional(),
  integrationId: z.string().optional(),
  status: z.enum(['active', 'revoked', 'expired', 'completed']),
  statusChangedAt: iso.optional(),
  completion: z.object({ connectionId: z.string(), integrationId: z.string(), at: iso }).optional(),
  revokePending: z
    .object({
      since: iso,
      attempts: z.number().int().min(0),
      reason: z.string(),
      nextAttemptAt: iso.nullable(),
    })
    .optional(),
  verification: z.enum(['checking', 'unverified']).optional(),
  phoneLang: z.string().optional(),
  phoneTheme: z.string().optional(),
  notes: z.array(z.string()).optional(),
  cardId: z.string().min(1).optional(),
  cardCreatedAt: iso.optional(),
  refresh: z
    .object({
      choice: z.enum(['on', 'off']).optional(),
      on: z.boolean(),
      phase: z.enum(['off', 'scheduled', 'paused', 'waiting', 'retrying', 'capped', 'stopped']),
      count: z.number().int().min(0),
      since: iso,
      nextAt: iso.optional(),
      previousUntil: iso.optional(),
      reason: z.string().optional(),
      attempts: z.number().int().min(0).optional(),
    })
    .optional(),
});

const recordSchema = z.object({
  view: viewSchema,
  token: z.string().min(1).nullable(),
  apiBaseUrl: z.string().min(1),
  connectUiBaseUrl: z.string().min(1),
  revokeAs: z.enum(['revoked', 'superseded']).optional(),
  baseline: z.object({ broken: z.boolean() }).optional(),
  // What a refresh resends (integrations_config_defaults, docs links): main's only.
  preflight: preflightSchema.optional(),
});

/** The document's schema. */
export const sessionsDocSchema: z.ZodType<SessionsDoc> = z.object({
  sessions: z.array(recordSchema),
}) as z.ZodType<SessionsDoc>;

/** The file name in the data folder. */
export const SESSIONS_FILE = 'sessions.sealed';
/** Bound into the seal, so no other sealed document can pass for this one. */
export const SESSIONS_PURPOSE = 'handoff/sessions/v1';

/** Opens (lazily: call `open()`) the sealed session store in `folder`. */
export function createSessionStore(options: {
  folder: string;
  vault: KeychainVault;
  notify: Notify;
  now: () => number;
}): EncryptedStore<SessionsDoc> {
  return new EncryptedStore<SessionsDoc>({
    path: join(options.folder, SESSIONS_FILE),
    purpose: SESSIONS_PURPOSE,
    label: 'saved links',
    schema: sessionsDocSchema,
    defaults: () => ({ sessions: [] }),
    loadKey: () => loadDataKey(options.vault),
    notify: options.notify,
    now: options.now,
  });
}
