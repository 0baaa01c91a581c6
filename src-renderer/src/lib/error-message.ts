/**
 * What the renderer says about an {@link AppError}. Main writes each error's message for people
 * (src-main/ipc/to-app-error.ts is its one author); the renderer shows it as it is, and adds
 * only what it alone knows: where in the app the fix is (see {@link errorAction}).
 */
import type { AppError } from '../../../src-shared/contract/result';

/** Where the user can fix an error, if the fix is elsewhere in the app. */
export type ErrorAction = 'settings' | 'retry-network' | null;

/** Shown only if main sent no message at all (a contract bug). */
const NO_MESSAGE = 'Something went wrong. Try again.';

/** The sentence to show for an error: main's message. */
export function errorMessage(error: AppError): string {
  return error.message.trim() || NO_MESSAGE;
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
