/**
 * A session Nango just issued, before it becomes a card. Two things can still go wrong after
 * the server created it: its link fails vetting, or its profile was removed while the create
 * was in flight. Either way the session is live at Nango for 30 minutes and the token is in
 * hand, so it is revoked at once at the server that issued it and the user is told.
 */
import { AppFailure } from '../errors/app-failure';
import { withApiUrl } from '../nango/connect-link';
import type { ConnectSessionGrant } from '../nango/nango-client-types';
import { NangoError } from '../nango/nango-error';
import type { SessionTokenClient } from '../nango/session-token-client';
import type { StoredProfile } from '../profiles/profile-store';

/** The server a session came from, as the profile was when the create was sent. */
export interface SessionIssuer {
  apiBaseUrl: string;
  connectUiBaseUrl: string;
}

/** A grant plus where it came from. */
export interface IssuedSession {
  grant: ConnectSessionGrant;
  issuer: SessionIssuer;
}

/** The issuer part of a profile snapshot. */
export function issuerOf(profile: Readonly<StoredProfile>): SessionIssuer {
  return { apiBaseUrl: profile.apiBaseUrl, connectUiBaseUrl: profile.connectUiBaseUrl };
}

/** What a card needs from an issued session once it passed {@link acceptIssued}. */
export interface AcceptedLink {
  /** The vetted link, with `apiURL` for a self-hosted server. */
  connectLink: string;
}

/**
 * Vets the issued link against the issuer's Connect UI and checks the profile still exists.
 * On failure revokes the session at its issuer and throws an AppFailure that says so.
 */
export async function acceptIssued(
  issued: IssuedSession,
  profileExists: boolean,
  tokens: SessionTokenClient,
): Promise<AcceptedLink> {
  if (!profileExists) {
    const outcome = await discard(issued, tokens);
    throw new AppFailure(
      'not_found',
      `The profile was removed while the link was being created, so it was not shown. ${outcome}`,
    );
  }
  try {
    const { grant, issuer } = issued;
    return {
      connectLink: withApiUrl(grant.connectLink, issuer.apiBaseUrl, issuer.connectUiBaseUrl),
    };
  } catch (error) {
    if (!(error instanceof NangoError)) throw error;
    const outcome = await discard(issued, tokens);
    const ui = issued.issuer.connectUiBaseUrl;
    throw new AppFailure(
      'conflict',
      `Nango returned a connect link that is not on this profile's Connect UI (${ui}), so Handoff did not show it. Check the profile's Connect UI URL. ${outcome}`,
    );
  }
}

/** Revokes the session at its issuer; the sentence says whether that worked. Never throws. */
async function discard(issued: IssuedSession, tokens: SessionTokenClient): Promise<string> {
  try {
    await tokens.revoke({ apiBaseUrl: issued.issuer.apiBaseUrl, token: issued.grant.token });
    return 'The session Nango created for it was revoked, so the link cannot be used.';
  } catch {
    const until = issued.grant.expiresAt.slice(11, 16);
    return `Handoff could not revoke the session Nango created for it; it stays valid until ${until} UTC.`;
  }
}
