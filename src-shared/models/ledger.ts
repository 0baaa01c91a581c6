/** The link history: every session the app created, without tokens or links. */
import type { Tags } from './session';

/** How a link ended. `null` on an entry: still live. */
export type LedgerOutcome = 'connected' | 'revoked' | 'expired' | 'superseded' | 'failed';

/** One session the app created (or tried to). */
export interface LedgerEntry {
  /** The handoff id (the session's `handoff_id` tag). */
  id: string;
  kind: 'connect' | 'reconnect';
  profileId: string;
  /** The profile's name when the link was made. */
  profileName: string;
  /** Customer label. */
  label: string;
  /** The customer's tags (Handoff's own are left out). */
  tags: Tags;
  /** Integrations the link allowed; empty: all. */
  integrations: string[];
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601: when the link stops working at the latest (30 minutes after creation). */
  expiresAt: string;
  outcome: LedgerOutcome | null;
  /** ISO 8601. */
  outcomeAt?: string;
  /** For `connected`: what the customer connected. */
  connectionId?: string;
  integrationId?: string;
  /** For `failed` and other unusual ends: what happened, for people. */
  note?: string;
}

/** How long history is kept. Live entries are never dropped. */
export interface LedgerRetention {
  /** Finished entries older than this are dropped. */
  days: number;
  /** At most this many entries are kept (oldest finished ones go first). */
  maxEntries: number;
}

/** The ledger as the renderer sees it. */
export interface LedgerState {
  entries: LedgerEntry[];
  retention: LedgerRetention;
}
