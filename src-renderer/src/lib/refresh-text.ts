/**
 * What a self-refreshing card says about its next link, in words (main decides the state).
 */
import { MAX_REFRESHES, type RefreshState } from '../../../src-shared/models/refresh';

const short = (iso: string) => new Date(iso).toLocaleTimeString([], { timeStyle: 'short' });
const exact = (iso: string) => new Date(iso).toLocaleTimeString([], { timeStyle: 'medium' });

/** The card's refresh line, or null when there is nothing to say (off). */
export function refreshLine(refresh: RefreshState | undefined): string | null {
  if (!refresh || !refresh.on) return null;
  const previous = refresh.previousUntil
    ? ` The previous code still works until ${exact(refresh.previousUntil)}.`
    : '';
  switch (refresh.phase) {
    case 'scheduled': {
      const at = refresh.nextAt ? ` at ${short(refresh.nextAt)}` : ' before this code expires';
      if (refresh.count >= MAX_REFRESHES) {
        return `Refreshed ${MAX_REFRESHES} of ${MAX_REFRESHES} times: refreshing stops${at}, and Continue goes on.${previous}`;
      }
      return `New code${at} (refresh ${refresh.count + 1} of ${MAX_REFRESHES}).${previous}`;
    }
    case 'paused':
      return `Paused: ${(refresh.reason ?? '').replace(/^The/, 'the')} Nothing is refreshed until you are back.${previous}`;
    case 'waiting':
      return `Waiting for Nango to confirm the previous code is revoked before making the next.`;
    case 'retrying':
      return `Could not make the next code: ${refresh.reason ?? ''} This code still works; trying again${refresh.nextAt ? ` at ${exact(refresh.nextAt)}` : ''}.`;
    case 'capped':
    case 'stopped':
      return `Refreshing stopped — ${refresh.reason ?? ''}`;
    default:
      return null;
  }
}

/** Whether the card offers "Continue". */
export function offersContinue(refresh: RefreshState | undefined): boolean {
  return refresh?.on === true && (refresh.phase === 'capped' || refresh.phase === 'stopped');
}
