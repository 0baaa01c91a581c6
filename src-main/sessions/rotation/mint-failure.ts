/**
 * How a failed attempt at a card's next link is told and retried. The current link stays as
 * it is; transient failures (offline, timeout, 5xx, 429, and a key Nango refused or a locked
 * keychain, which the rep can fix meanwhile) are retried on the shared back-off, never in a
 * burst. A card whose profile is gone, or whose tags no longer pass, stops instead.
 */
import { AppFailure } from '../../errors/app-failure';
import { KeychainError } from '../../keychain/keychain-error';
import { NangoError } from '../../nango/nango-error';
import { transientReason } from '../retry-delay';

/** Whether another attempt may succeed without the rep changing the card. */
export function retryable(error: unknown): boolean {
  return !(error instanceof AppFailure && ['not_found', 'invalid_input'].includes(error.code));
}

/** Why the next link could not be made, for the card. */
export function mintFailureReason(error: unknown): string {
  if (error instanceof NangoError) {
    if (error.kind === 'unauthorized') return 'Nango refused the secret key (401).';
    if (error.kind === 'forbidden') return 'This key may not create connect sessions (403).';
    return transientReason(error);
  }
  if (error instanceof KeychainError || error instanceof AppFailure) return error.message;
  return transientReason(error);
}
