/**
 * The live handoffs: one card per handoff (a self-refreshing card keeps its place and its
 * focus while its link is replaced: it is keyed by its card id), newest first, in a responsive grid. A card just made
 * from the form is scrolled into view and focused (on a small window it lands below the fold),
 * a focused card stays put on screen when others arrive before it, and a dismissed card hands
 * focus to the next one, or back to the form.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { cardIdOf, shownSessions } from '../../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { sortSessions } from '../../lib/session-status';
import { useFocusStore } from '../../stores/use-focus-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { OnScreenItem } from '../../ui/on-screen-item';
import { useFocusAnchor } from './use-focus-anchor';
import { useGridWindow } from './use-grid-window';
import { RevokeAll } from './revoke-all';
import { SessionCard } from './session-card';
import { StoreLockedBanner } from './store-locked-banner';

/** The cards in the order the grid shows them: each card's shown session, by status then age. */
const gridOrder = (sessions: readonly HandoffSession[]) => sortSessions(shownSessions(sessions));

const cardIn = (list: HTMLElement | null, id: string) =>
  list?.querySelector<HTMLElement>(
    `[data-testid="session-card"][data-session-id="${CSS.escape(id)}"]`,
  );

/** The cards, or an empty state. */
export function SessionGrid() {
  const sessions = useSessionsStore((s) => s.sessions);
  const sorted = useMemo(() => gridOrder(sessions), [sessions]);
  const lastCreatedId = useSessionsStore((s) => s.lastCreatedId);
  const listRef = useRef<HTMLUListElement>(null);
  // The focused card stays rendered wherever the window is (its focus would be lost), and so
  // does a card just made, so that it can be focused and scrolled to as below.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onFocus = (event: React.FocusEvent) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-session-id]')?.dataset
      .sessionId;
    if (id && id !== focusedId) setFocusedId(id);
  };
  // The card about to take a dismissed one's focus: rendered wherever the window is.
  const [heirId, setHeirId] = useState<string | null>(null);
  // Below WINDOW_FROM, one run of every card and no spacer: the grid is exactly as before.
  const { runs, after, windowed } = useGridWindow(
    listRef,
    sorted.length,
    [focusedId, lastCreatedId, heirId].map((id) => sorted.findIndex((s) => s.id === id)),
  );
  const cardOf = (id: string) => cardIn(listRef.current, id);
  // A card arriving before the focused one (not from the form) moves it one place on, maybe
  // down a row: the screen follows it, so the rep does not lose sight of where they are.
  useFocusAnchor(listRef, sorted);

  useEffect(() => {
    if (!lastCreatedId) return;
    const card = cardOf(lastCreatedId);
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    useSessionsStore.setState({ lastCreatedId: null });
  }, [lastCreatedId, sorted]);

  // Where each card was at the last commit, and where the ones just removed had been: the
  // dismiss callback is one stable function for every memoised card (a fresh closure per card
  // would re-render all 500 of them whenever one arrives), so it looks the place up here.
  const places = useRef({ order: [] as string[], gone: new Map<string, number>() });
  useLayoutEffect(() => {
    const order = sorted.map((s) => s.id);
    const kept = new Set(order);
    const gone = new Map<string, number>();
    places.current.order.forEach((id, i) => (kept.has(id) ? undefined : gone.set(id, i)));
    places.current = { order, gone };
  }, [sorted]);

  /**
   * After a dismiss (the store already holds the list without it): focus the card that took
   * its place, else the form's first field. Past WINDOW_FROM the rep may have scrolled away
   * since focusing Dismiss, so the heir is rendered first (pinned, in one synchronous commit),
   * then focused, which scrolls it into view.
   */
  const onDismissed = useCallback((id: string) => {
    const { order, gone } = places.current;
    const index = order.includes(id) ? order.indexOf(id) : (gone.get(id) ?? 0);
    const now = gridOrder(useSessionsStore.getState().sessions);
    const rest = now.filter((s) => s.id !== id);
    const heir = rest[Math.min(index, rest.length - 1)]?.id;
    if (!heir) {
      useFocusStore.getState().request('new-handoff');
      return;
    }
    flushSync(() => setHeirId(heir));
    cardIn(listRef.current, heir)?.focus();
    setHeirId(null);
  }, []);

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
        <ul className="session-grid" ref={listRef} onFocus={onFocus}>
          {runs.flatMap((run, r) => [
            run.before > 0 ? (
              <li
                key={`gap-${r}`}
                className="session-grid__spacer"
                aria-hidden="true"
                style={{ height: run.before }}
              />
            ) : null,
            ...sorted.slice(run.start, run.end).map((session, i) => (
              <OnScreenItem
                key={cardIdOf(session)}
                className="session-grid__item"
                position={windowed ? run.start + i + 1 : undefined}
                size={sorted.length}
              >
                <SessionCard session={session} onDismissed={onDismissed} />
              </OnScreenItem>
            )),
          ])}
          {after > 0 ? (
            <li className="session-grid__spacer" aria-hidden="true" style={{ height: after }} />
          ) : null}
        </ul>
      )}
    </section>
  );
}
