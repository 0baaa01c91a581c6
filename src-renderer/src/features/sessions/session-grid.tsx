/**
 * The live handoffs: one card per session, newest first, in a responsive grid.
 */
import { useMemo } from 'react';
import { sortSessions } from '../../lib/session-status';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { RevokeAll } from './revoke-all';
import { SessionCard } from './session-card';
import { StoreLockedBanner } from './store-locked-banner';

/** The cards, or an empty state. */
export function SessionGrid() {
  const sessions = useSessionsStore((s) => s.sessions);
  const sorted = useMemo(() => sortSessions(sessions), [sessions]);
  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <header className="sessions__header">
        <h2 id="sessions-title" className="section-title">
          Live handoffs
        </h2>
        {sorted.length > 0 ? <span className="count">{sorted.length}</span> : null}
        <RevokeAll />
      </header>
      <StoreLockedBanner />
      {sorted.length === 0 ? (
        <div className="empty" data-testid="sessions-empty">
          <div className="empty__art" aria-hidden="true" />
          <p className="empty__title">No links yet</p>
          <p className="muted">
            Create a link and its QR code appears here, ready for the customer to scan with their
            phone.
          </p>
        </div>
      ) : (
        <ul className="session-grid">
          {sorted.map((session) => (
            <li key={session.id} className="session-grid__item">
              <SessionCard session={session} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
