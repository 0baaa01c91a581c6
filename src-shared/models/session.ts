/** A tag set as the server stores it: lowercased keys, string values. */
export type Tags = Record<string, string>;

/**
 * Where a handoff session is in its life. `completed` is reserved for live completion
 * status (polling connections by the session's `handoff_id` tag).
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
  /** The Connect UI language and theme the link asks the phone for (pre-flight). */
  phoneLang?: string;
  phoneTheme?: string;
  /** Things the user should know about how the link was made (e.g. a refused option). */
  notes?: string[];
  /** Set with status `completed`: the connection the customer made. */
  completion?: { connectionId: string; integrationId: string; at: string };
}
