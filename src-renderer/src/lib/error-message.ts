/**
 * Turns an {@link AppError} into one sentence for the person using the app.
 */
import type { AppError } from '../../../src-shared/contract/result';

/** Where the user can fix an error, if the fix is elsewhere in the app. */
export type ErrorAction = 'settings' | 'retry-network' | null;

/** Says what happened and what to do, per error code. */
export function errorMessage(error: AppError): string {
  switch (error.code) {
    case 'invalid_key':
      return 'Nango rejected the key — update it in Settings.';
    case 'key_missing':
      return 'This profile has no secret key yet — add one in Settings.';
    case 'keychain_locked':
      return 'The system keychain is locked. Unlock it, then try again.';
    case 'keychain_unavailable':
      return 'No system keychain is available, so the key cannot be read. Check that a keyring service is running.';
    case 'keychain_timeout':
      return 'The keychain did not answer in time — an unlock prompt may be waiting behind this window.';
    case 'missing_scope':
      return `The key is not allowed to do this. ${error.message}`;
    case 'offline':
      return 'You are offline — Handoff could not reach Nango. Nothing was lost; retry when you are back online.';
    case 'timeout':
      return 'Nango did not answer in time. Try again.';
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? `Nango's rate limit was reached. Try again in ${formatRetry(error.retryAfterSeconds)}.`
        : "Nango's rate limit was reached. Try again in a minute.";
    case 'server_error':
      return 'Nango had a problem on its side. Try again shortly.';
    case 'session_gone':
      return 'This link was already revoked or has expired at Nango.';
    case 'invalid_input':
      return error.fields && error.fields.length > 0
        ? 'Nango did not accept some fields — see the highlighted ones.'
        : error.message;
    default:
      return error.message;
  }
}

/** Where to send the user to fix an error, if anywhere. */
export function errorAction(error: AppError): ErrorAction {
  switch (error.code) {
    case 'invalid_key':
    case 'key_missing':
    case 'missing_scope':
      return 'settings';
    case 'offline':
      return 'retry-network';
    default:
      return null;
  }
}

function formatRetry(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} second${whole === 1 ? '' : 's'}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
