/**
 * A profile's key in one status block: one title, one message, and a retry where retrying can
 * help (a locked or unreachable keychain, or a key that was never checked). It is a live
 * region, so saving, testing or a rejection is announced once, from here.
 */
import type { ProfileView } from '../../../../src-shared/models/profile';
import { keyState, type KeyState } from '../../lib/key-state';

const RETRYABLE: KeyState['state'][] = ['locked', 'unavailable', 'unknown'];

export interface KeyStatusMessageProps {
  profile: ProfileView;
  onRetry: () => void;
  retrying: boolean;
}

/** The key's status block. */
export function KeyStatusMessage({ profile, onRetry, retrying }: KeyStatusMessageProps) {
  const key = keyState(profile);
  return (
    <div
      className={`key-status key-status--${key.tone}`}
      role="status"
      data-testid="key-status"
      data-status={profile.key.status}
      data-state={key.state}
    >
      <p className="key-status__title">{key.title}</p>
      <p className="key-status__message">{key.message}</p>
      {RETRYABLE.includes(key.state) ? (
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
