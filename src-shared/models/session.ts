import type { RefreshState } from './refresh';

/** A tag set as the server stores it: lowercased keys, string values. */
export type Tags = Record<string, string>;

/**
 * Where a handoff session is in its life. `completed`: the customer finished (its connection
 * was found by the session's `handoff_id` tag) and the link was revoked, or is being revoked.
 */
export type SessionStatus = 'active' | 'revoked' | 'expired' | 'completed';

/**
 * A handoff session as the renderer sees it. Carries the connect link (which embeds the
 * short-lived session token) but never the secret key.
 */
export interface HandoffSession {
  /** Local id; also sent to Nango as the `handoff_id` tag so the resulting connection can be found. */
  id: string;
  kind: 'connect' | 'reconnect';
  profileId: string;
  /** Who the link is for, for the card's title (display name, email or id). */
  label: string;
  connectLink: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, from Nango: 30 minutes after creation. */
  expiresAt: string;
  tags: Tags;
  /** Empty means every integration in the environment. */
  allowedIntegrations: string[];
  /** For reconnect sessions: the connection being repaired. */
  connectionId?: string;
  integrationId?: string;
  status: SessionStatus;
  /** ISO 8601 time the status last changed (revoked, expired, completed). */
  statusChangedAt?: string;
  /** Set with status `completed`: the connection the customer made or repaired. */
  completion?: SessionCompletion;
  /**
   * A revoke Nango has not confirmed yet (offline, timeout, 5xx, 429). The link may still work
   * at Nango until then; Handoff keeps retrying (also after a restart) until Nango confirms or
   * the link expires. The card shows "revoke pending" and no QR code.
   */
  revokePending?: RevokePending;
  /**
   * Restored after a restart: `checking` until Nango answers for the token, `unverified` when
   * it could not be asked (offline); checked again when the network is back.
   */
  verification?: 'checking' | 'unverified';
  /** The Connect UI language and theme the link asks the phone for (pre-flight). */
  phoneLang?: string;
  phoneTheme?: string;
  /** Things the user should know about how the link was made (e.g. a refused option). */
  notes?: string[];
  /**
   * The card this session is shown on: the id of the card's first session, kept by every
   * refresh so the card keeps its identity on screen. Absent: the session's own id.
   */
  cardId?: string;
  /** ISO 8601: when the card's first session was made (a refresh keeps the card's place). */
  cardCreatedAt?: string;
  /** The card's self-refreshing state (on its newest session); absent: never turned on. */
  refresh?: RefreshState;
}

/** What the customer connected, for a `completed` session. */
export interface SessionCompletion {
  connectionId: string;
  integrationId: string;
  /** ISO 8601: when Nango saw the connection (created, or repaired for a reconnect). */
  at: string;
}

/** A queued revoke. */
export interface RevokePending {
  /** ISO 8601 time the revoke was first asked for. */
  since: string;
  attempts: number;
  /** Why the last attempt failed, for people. */
  reason: string;
  /** ISO 8601 time of the next attempt; null while waiting for the network. */
  nextAttemptAt: string | null;
}

/** What Revoke all did. */
export interface RevokeAllSummary {
  /** Confirmed dead at Nango. */
  revoked: number;
  /** Queued: Nango could not be reached; retried until it confirms or the link expires. */
  queued: number;
}
