/**
 * Which QR code is on show: the card the rep picked with "Show QR" (the others draw a
 * non-scannable placeholder) and the session open in presenter view, if any.
 */
import { create } from 'zustand';
import { cardIdOf } from '../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../src-shared/models/session';
import { nextSpotlightChange, spotlightId } from '../lib/spotlight';
import { useClockStore } from './use-clock-store';
import { useSessionsStore } from './use-sessions-store';

/** The spotlight store's state and actions. */
export interface SpotlightState {
  /** The card the rep asked to show; null: the newest live card. */
  chosenId: string | null;
  /** The session shown full-window, or null. */
  presenterId: string | null;
  /** Puts a card's QR in the spotlight (every other card hides its code). */
  show: (id: string) => void;
  /** Opens presenter view on a session (and puts it in the spotlight). */
  present: (id: string) => void;
  /** Leaves presenter view. */
  closePresenter: () => void;
}

/** Initial values, also used by tests to reset. */
export const initialSpotlightState = { chosenId: null, presenterId: null };

/** The spotlight store. */
export const useSpotlightStore = create<SpotlightState>((set) => ({
  ...initialSpotlightState,
  show: (id) => set({ chosenId: id }),
  present: (id) => set({ chosenId: id, presenterId: id }),
  closePresenter: () => set({ presenterId: null }),
}));

/** A refreshed card's next link (same card, new session), as opposed to a new handoff. */
const isRefresh = (s: HandoffSession) => s.cardId !== undefined && s.cardId !== s.id;

// A link that just appeared (the rep made it a moment ago) takes the spotlight, even when
// several share a creation time to the millisecond. A refreshed card's next link is the same
// card: the spotlight and presenter view follow it there, and it never takes them from
// another card.
useSessionsStore.subscribe((state, previous) => {
  if (state.sessions === previous.sessions) return;
  const known = new Set(previous.sessions.map((s) => s.id));
  const added = state.sessions.filter((s) => !known.has(s.id) && s.status === 'active');
  if (added.length === 0) return;
  const now = useClockStore.getState().now;
  const { chosenId, presenterId } = useSpotlightStore.getState();
  const patch: Partial<Pick<SpotlightState, 'chosenId' | 'presenterId'>> = {};
  const refreshes = added.filter(isRefresh);
  if (refreshes.length > 0) {
    const shown = spotlightId(previous.sessions, chosenId, now);
    const cardOfId = (id: string | null) => {
      const s = id === null ? undefined : previous.sessions.find((x) => x.id === id);
      return s ? cardIdOf(s) : null;
    };
    for (const next of refreshes) {
      if (cardOfId(presenterId) === next.cardId) patch.presenterId = next.id;
      if (cardOfId(shown) === next.cardId) patch.chosenId = next.id;
    }
    if (patch.chosenId === undefined && shown !== null) patch.chosenId = shown;
  }
  const id = spotlightId(
    added.filter((s) => !isRefresh(s)),
    null,
    now,
  );
  if (id !== null) patch.chosenId = id;
  if (Object.keys(patch).length > 0) useSpotlightStore.setState(patch);
});

/**
 * The spotlight's id, derived once per change (sessions, choice, a live link running out) for
 * every card, rather than each card scanning every session each second.
 */
const useSpotlightIdStore = create<{ id: string | null }>(() => ({ id: null }));

// The clock ticks every second, but the answer can only change when a live link runs out on
// it: a tick before that reuses it instead of scanning every session (500 of them, twice a
// second with the privacy report, on a full screen). A clock that went back recomputes too.
let computedAt = Number.NEGATIVE_INFINITY;
let validUntil = Number.NEGATIVE_INFINITY;

const refreshSpotlightId = () => {
  const { sessions } = useSessionsStore.getState();
  const now = useClockStore.getState().now;
  const id = spotlightId(sessions, useSpotlightStore.getState().chosenId, now);
  computedAt = now;
  validUntil = nextSpotlightChange(sessions, now);
  if (id !== useSpotlightIdStore.getState().id) useSpotlightIdStore.setState({ id });
};
useSessionsStore.subscribe(refreshSpotlightId);
useSpotlightStore.subscribe(refreshSpotlightId);
useClockStore.subscribe(({ now }) => {
  if (now >= validUntil || now < computedAt) refreshSpotlightId();
});
refreshSpotlightId();

/** The id of the session whose code is drawn now, as every card sees it (null: none). */
export function shownSpotlightId(): string | null {
  return useSpotlightIdStore.getState().id;
}

/** Calls `listener` whenever the drawn code moves to another session (or away); returns the stop. */
export function onSpotlightIdChange(listener: () => void): () => void {
  return useSpotlightIdStore.subscribe(listener);
}

/** Whether `id` is in the spotlight: a card re-renders only when its own answer changes. */
export function useInSpotlight(id: string): boolean {
  return useSpotlightIdStore((s) => s.id === id);
}

/** The session in the spotlight at this moment (for the menu command and the shortcut). */
export function currentSpotlight(): HandoffSession | null {
  const { sessions } = useSessionsStore.getState();
  const now = useClockStore.getState().now;
  const id = spotlightId(sessions, useSpotlightStore.getState().chosenId, now);
  return sessions.find((s) => s.id === id) ?? null;
}
