/**
 * The live handoffs: one card per session, newest first, in a responsive grid. A card just made
 * from the form is scrolled into view and focused (on a small window it lands below the fold),
 * and a dismissed card hands focus to the next one, or back to the form.
 */
import { useEffect, useMemo, useRef } from 'react';
import { sortSessions } from '../../lib/session-status';
import { useFocusStore } from '../../stores/use-focus-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { SessionCard } from './session-card';

/** The cards, or an empty state. */
export function SessionGrid() {
  const sessions = useSessionsStore((s) => s.sessions);
  const sorted = useMemo(() => sortSessions(sessions), [sessions]);
  const lastCreatedId = useSessionsStore((s) => s.lastCreatedId);
  const listRef = useRef<HTMLUListElement>(null);
  const cardOf = (id: string) =>
    listRef.current?.querySelector<HTMLElement>(
      `[data-testid="session-card"][data-session-id="${CSS.escape(id)}"]`,
    );

  useEffect(() => {
    if (!lastCreatedId) return;
    const card = cardOf(lastCreatedId);
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    useSessionsStore.setState({ lastCreatedId: null });
  }, [lastCreatedId, sorted]);

  /** After a dismiss: the card that took its place, else the form's first field. */
  const afterDismiss = (index: number) => {
    requestAnimationFrame(() => {
      const cards = listRef.current?.querySelectorAll<HTMLElement>('[data-testid="session-card"]');
      const next = cards?.[Math.min(index, cards.length - 1)];
      if (next) next.focus();
      else useFocusStore.getState().request('new-handoff');
    });
  };

  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <header className="sessions__header">
        <h2 id="sessions-title" className="section-title">
          Live handoffs
        </h2>
        {sorted.length > 0 ? <span className="count">{sorted.length}</span> : null}
      </header>
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
        <ul className="session-grid" ref={listRef}>
          {sorted.map((session, index) => (
            <li key={session.id} className="session-grid__item">
              <SessionCard session={session} onDismissed={() => afterDismiss(index)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
