/**
 * A live session as main holds it: the renderer's view plus the session token, which only
 * main uses (to revoke), and the server that issued it. The token is dropped once the session
 * can no longer be used.
 */
import type { HandoffSession } from '../../src-shared/models/session';

/** Main's record of a session. */
export interface SessionRecord {
  view: HandoffSession;
  /** Null once revoked or expired. */
  token: string | null;
  /**
   * The API base URL that issued the session (the profile's at creation time, path prefix
   * included). Revoke and reads go there with the token as bearer (SessionTokenClient), never
   * through the profile's current client: the profile may point elsewhere by now.
   */
  apiBaseUrl: string;
  /** The Connect UI base the link was vetted against when it was issued. */
  connectUiBaseUrl: string;
}

/** Newest first, for the renderer. */
export function toViews(records: Iterable<SessionRecord>): HandoffSession[] {
  return [...records]
    .map((r) => r.view)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
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
