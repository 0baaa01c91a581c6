/**
 * A session as main holds it: the renderer's view plus what only main uses: the session token
 * (to check and revoke), the API origin that issued it (checks and revokes go there, never to
 * whatever the profile points at now), and how a queued revoke should be recorded.
 */
import type { Preflight } from '../../src-shared/models/preflight';
import type { HandoffSession } from '../../src-shared/models/session';

/** Main's record of a session; persisted (sealed) as is. */
export interface SessionRecord {
  view: HandoffSession;
  /** Null once the link is dead: revoked, expired, or revoked after completion. */
  token: string | null;
  /**
   * The API base URL that issued the session (the profile's at creation time, path prefix
   * included). Checks and revokes go there with the token as bearer (SessionTokenClient),
   * never through the profile's current client: the profile may point elsewhere by now.
   */
  apiBaseUrl: string;
  /** The Connect UI base the link was vetted against when it was issued. */
  connectUiBaseUrl: string;
  /** The ledger outcome a pending revoke records once Nango confirms it. */
  revokeAs?: 'revoked' | 'superseded';
  /** Reconnect sessions: whether the connection was broken when the link was made. */
  baseline?: { broken: boolean };
  /** Connect sessions: the pre-flight the link was made with, so a refresh resends it. */
  preflight?: Preflight;
}

/** Newest first, for the renderer. */
export function toViews(records: Iterable<SessionRecord>): HandoffSession[] {
  return [...records]
    .map((r) => r.view)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** True while the link may still work at Nango (so it must be shown, or revoked). */
export function holdsLiveLink(record: SessionRecord): record is SessionRecord & { token: string } {
  return record.token !== null;
}

/** A label for the card: display name, email, then id, from the tags. */
export function labelFromTags(tags: Record<string, string>): string {
  return (
    tags['end_user_display_name'] ??
    tags['end_user_email'] ??
    tags['end_user_id'] ??
    tags['organization_id'] ??
    'Customer'
  );
}
