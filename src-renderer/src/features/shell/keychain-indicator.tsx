/**
 * Shown while a keychain call is slow: an OS unlock prompt may be waiting for the user.
 */
import { useAppStore } from '../../stores/use-app-store';

/** "Waiting for the keychain…" while main reports keychain activity. */
export function KeychainIndicator() {
  const waiting = useAppStore((s) => s.keychainWaiting);
  return (
    <div className="keychain-indicator" role="status" aria-live="polite">
      {waiting ? (
        <span
          className="keychain-indicator__body"
          data-testid="keychain-waiting"
          title="An unlock prompt may have opened: approve it to continue."
        >
          <span className="spinner" aria-hidden="true" />
          Waiting for the keychain…
          <span className="visually-hidden">Approve the unlock prompt if one opened.</span>
        </span>
      ) : null}
    </div>
  );
}
