/**
 * Online / offline at a glance, with the reason and a "Retry" when offline.
 */
import { useNetworkStore } from '../../stores/use-network-store';
import { NetworkRetryButton } from '../../ui/network-retry-button';

/** The header's network indicator. */
export function NetworkPill() {
  const status = useNetworkStore((s) => s.status);
  if (!status) return null;
  return (
    <div
      className={`pill ${status.online ? 'pill--online' : 'pill--offline'}`}
      data-testid="network-status"
      data-online={status.online}
      role="status"
    >
      <span className="pill__dot" aria-hidden="true" />
      <span className="pill__label">{status.online ? 'Online' : 'Offline'}</span>
      {!status.online && status.reason ? (
        <span className="pill__reason" title={status.reason}>
          {status.reason}
        </span>
      ) : null}
      {!status.online ? <NetworkRetryButton className="pill__action" label="Retry" /> : null}
    </div>
  );
}
