/**
 * What state a profile's key is in, in words, with a retry where retrying can help
 * (a locked or unreachable keychain, or a key that was never checked).
 */
import type { KeyStatus, ProfileView } from '../../../../src-shared/models/profile';

const TITLES: Record<KeyStatus, string> = {
  ok: 'Key stored in the system keychain',
  missing: 'No secret key yet',
  locked: 'The keychain is locked',
  unavailable: 'No system keychain available',
  invalid: 'Nango rejected this key',
  unknown: 'Key not checked yet',
};

const ADVICE: Record<KeyStatus, string> = {
  ok: '',
  missing:
    'Paste the environment’s secret key below. It is stored in the OS keychain, never on disk.',
  locked: 'Unlock your keychain (an unlock prompt may be open), then try again.',
  unavailable: 'Handoff needs the OS keychain (Secret Service on Linux) to keep the key safe.',
  invalid: 'The key was revoked or belongs to another environment. Paste a current key below.',
  unknown: 'Test the key to make sure it works.',
};

const RETRYABLE: KeyStatus[] = ['locked', 'unavailable', 'unknown'];

/** Props for {@link KeyStatusMessage}. */
export interface KeyStatusMessageProps {
  profile: ProfileView;
  onRetry: () => void;
  retrying: boolean;
}

/** The key's status block. */
export function KeyStatusMessage({ profile, onRetry, retrying }: KeyStatusMessageProps) {
  const { status, message } = profile.key;
  const tone = status === 'ok' ? 'ok' : status === 'unknown' ? 'info' : 'warn';
  return (
    <div className={`key-status key-status--${tone}`} data-testid="key-status" data-status={status}>
      <p className="key-status__title">{TITLES[status]}</p>
      {message ? <p className="key-status__message">{message}</p> : null}
      {ADVICE[status] ? <p className="key-status__advice">{ADVICE[status]}</p> : null}
      {RETRYABLE.includes(status) ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onRetry}
          disabled={retrying}
        >
          {retrying ? 'Checking…' : 'Try again'}
        </button>
      ) : null}
    </div>
  );
}
