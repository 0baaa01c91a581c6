/**
 * Which QR code is on show: the card the rep picked with "Show QR" (the others draw a
 * non-scannable placeholder) and the session open in presenter view, if any.
 */
import { create } from 'zustand';
import type { HandoffSession } from '../../../src-shared/models/session';
import { spotlightId } from '../lib/spotlight';
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

// A link that just appeared (the rep made it a moment ago) takes the spotlight, even when
// several share a creation time to the millisecond.
useSessionsStore.subscribe((state, previous) => {
  if (state.sessions === previous.sessions) return;
  const known = new Set(previous.sessions.map((s) => s.id));
  const added = state.sessions.filter((s) => !known.has(s.id) && s.status === 'active');
  const id = spotlightId(added, null, useClockStore.getState().now);
  if (id !== null) useSpotlightStore.setState({ chosenId: id });
});

/**
 * The spotlight's id, derived once per change (sessions, choice, clock tick) for every card,
 * rather than each card scanning every session each second.
 */
const useSpotlightIdStore = create<{ id: string | null }>(() => ({ id: null }));

const refreshSpotlightId = () => {
  const id = spotlightId(
    useSessionsStore.getState().sessions,
    useSpotlightStore.getState().chosenId,
    useClockStore.getState().now,
  );
  if (id !== useSpotlightIdStore.getState().id) useSpotlightIdStore.setState({ id });
};
useSessionsStore.subscribe(refreshSpotlightId);
useSpotlightStore.subscribe(refreshSpotlightId);
useClockStore.subscribe(refreshSpotlightId);
refreshSpotlightId();

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
