/**
 * Saved links are sealed with a key in the OS keychain. While the keychain is locked (or
 * missing) they cannot be restored and no new link can be made: say so, and offer a retry.
 */
import { useState } from 'react';
import { useSessionsStore } from '../../stores/use-sessions-store';

/** The banner, shown only while the store is locked. */
export function StoreLockedBanner() {
  const store = useSessionsStore((s) => s.store);
  const unlock = useSessionsStore((s) => s.unlock);
  const [busy, setBusy] = useState(false);
  if (store.status !== 'locked') return null;
  return (
    <div className="notice notice--warning" role="alert" data-testid="store-locked">
      <p className="notice__message">{store.message}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={busy}
        data-testid="store-unlock"
        onClick={async () => {
          setBusy(true);
          await unlock();
          setBusy(false);
        }}
      >
        {busy ? 'Trying…' : 'Try again'}
      </button>
    </div>
  );
}
