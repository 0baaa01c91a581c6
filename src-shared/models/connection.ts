import type { Tags } from './session';

/** Last known health of a saved connection. */
export type ConnectionHealth = 'ok' | 'broken' | 'repaired' | 'missing' | 'unknown';

/** A customer connection kept on the reconnect desk. */
export interface SavedConnection {
  /** Local id. */
  id: string;
  profileId: string;
  connectionId: string;
  integrationId: string;
  /** Customer / company, for people. */
  label: string;
  tags: Tags;
  notes: string;
  health: ConnectionHealth;
  /** For `broken`: the error type Nango reported (`auth`, `sync`). */
  errorType?: string;
  /** ISO 8601 time the health was last seen by a refresh. */
  checkedAt?: string;
  /** ISO 8601 time the connection was first seen broken in the current episode. */
  brokenSince?: string;
  /** ISO 8601 time it was seen repaired. */
  repairedAt?: string;
  createdAt: string;
}

/** A connection as listed by Nango, offered for import. */
export interface RemoteConnection {
  connectionId: string;
  integrationId: string;
  provider: string;
  tags: Tags;
  errors: { type: string }[];
  /** ISO 8601. */
  created: string;
  endUser: { id?: string; email?: string | null; displayName?: string | null } | null;
}
