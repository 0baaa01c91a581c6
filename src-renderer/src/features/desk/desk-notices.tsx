/**
 * The desk's standing explanations: the key cannot list connections (worklist and import off),
 * and the app is offline (the list stays browsable; network actions fail plainly).
 */
import { useAppStore } from '../../stores/use-app-store';
import { useNetworkStore } from '../../stores/use-network-store';
import { NetworkRetryButton } from '../../ui/network-retry-button';

export interface ScopeOffPanelProps {
  /** What main or the key test said. */
  reason: string;
}

/** Explains why refresh and import are off, and what still works. */
export function ScopeOffPanel({ reason }: ScopeOffPanelProps) {
  const setTab = useAppStore((s) => s.setTab);
  return (
    <section
      className="desk-banner desk-banner--scope"
      aria-labelledby="desk-scope-title"
      data-testid="desk-scope-off"
    >
      <div className="desk-banner__icon" aria-hidden="true">
        !
      </div>
      <div className="desk-banner__body">
        <h2 id="desk-scope-title" className="desk-banner__title">
          This key can’t list connections (needs environment:connections:list)
        </h2>
        <p>
          The worklist and import are off: Handoff cannot ask Nango which connections are broken.
          You can still <strong>add connections by hand</strong> and <strong>reconnect</strong>{' '}
          them.
        </p>
        <p className="muted small">{reason}</p>
      </div>
      <button type="button" className="button button--secondary" onClick={() => setTab('settings')}>
        Open Settings
      </button>
    </section>
  );
}

/** Says the app is offline and what that means on the desk. */
export function OfflineBanner() {
  const status = useNetworkStore((s) => s.status);
  if (!status || status.online) return null;
  return (
    <section
      className="desk-banner desk-banner--offline"
      aria-labelledby="desk-offline-title"
      data-testid="desk-offline"
      role="status"
    >
      <div className="desk-banner__icon" aria-hidden="true" />
      <div className="desk-banner__body">
        <h2 id="desk-offline-title" className="desk-banner__title">
          Offline — Nango can’t be reached
        </h2>
        <p>
          The saved list stays here to browse and search, and edits are kept. Refreshing,
          reconnecting and importing need Nango: they fail and say so until you are back online.
          Nothing is queued.
        </p>
        {status.reason ? <p className="muted small">{status.reason}</p> : null}
      </div>
      <NetworkRetryButton className="button button--secondary" />
    </section>
  );
}
