/**
 * Self-refreshing links (issue 12): a card whose link is replaced shortly before it expires,
 * the previous one kept valid briefly while a scan may be in flight, then revoked. The state
 * lives on the card's newest session, so it is sealed on disk with the sessions themselves.
 */

/** Refreshes per run before the card stops and offers "Continue". */
export const MAX_REFRESHES = 4;
/** A run also stops this long after it started, whichever comes first. */
export const MAX_REFRESH_RUN_MS = 2 * 60 * 60_000;

/**
 * What a card is doing about its next link.
 * - `off`: not refreshing (the rep's choice, or not in presenter view with no choice made).
 * - `scheduled`: the next link is made at `nextAt`.
 * - `paused`: the window is hidden or the computer sleeps; nothing is made meanwhile.
 * - `waiting`: the previous link's revoke is not confirmed yet; never a third live link.
 * - `retrying`: making the next link failed; the current link stays, retried at `nextAt`.
 * - `capped`: the run reached its cap; "Continue" starts a new run.
 * - `stopped`: the link expired before it was refreshed (hidden, asleep, failures) or cannot
 *   be refreshed (profile gone); "Continue" makes a new link.
 */
export type RefreshPhase =
  'off' | 'scheduled' | 'paused' | 'waiting' | 'retrying' | 'capped' | 'stopped';

/** A card's refresh state, as main decides it. */
export interface RefreshState {
  /** The rep's choice for this card; absent: on only while it is in presenter view. */
  choice?: 'on' | 'off';
  /** Whether the card refreshes its link now. */
  on: boolean;
  phase: RefreshPhase;
  /** Refreshes made in this run. */
  count: number;
  /** ISO 8601: when this run started (the time cap counts from here). */
  since: string;
  /** ISO 8601: when the next link is due, or the next attempt after a failure. */
  nextAt?: string;
  /** ISO 8601: the previous link still works until then (the overlap), then is revoked. */
  previousUntil?: string;
  /** Why the last attempt failed, or why refreshing stopped, for people. */
  reason?: string;
  /** Failed attempts in a row (the back-off's step). */
  attempts?: number;
}
