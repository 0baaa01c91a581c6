/**
 * When a self-refreshing card makes its next link, and how long the previous one lives on.
 */

/**
 * The next link is made this long before the current one expires. Three minutes, because a
 * failed mint must still have room to succeed before the code on screen dies: the shared
 * back-off (retry-delay.ts: 5 s, 15 s, 30 s, 60 s) fits four attempts, or a 429's typical
 * Retry-After, in under two minutes, and the overlap below fits before the old link's end.
 * Earlier would only burn refreshes (the cap counts them) for no gain.
 */
export const REFRESH_LEAD_MS = 3 * 60_000;

/**
 * The previous link stays valid this long after its successor is shown: a customer who
 * scanned the old code a moment ago is opening the Connect UI on the phone (camera, browser,
 * page load, choosing the integration takes seconds, not minutes). A minute covers that with
 * margin; any longer and a photo of the old screen keeps working for no reason.
 */
export const REFRESH_OVERLAP_MS = 60_000;

/**
 * The previous link is revoked at least this long before it would expire on its own, so the
 * ledger says `superseded` (confirmed dead by Nango) rather than merely `expired`.
 */
export const REVOKE_BEFORE_EXPIRY_MS = 5_000;
