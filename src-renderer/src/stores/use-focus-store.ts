/**
 * Where focus should go next, when the element that should take it may not be on screen yet
 * (a menu command switches the tab, then the new tab's form takes focus once it has rendered).
 */
import { create } from 'zustand';

/** The places a command can send focus to. */
export type FocusTarget = 'new-handoff';

/** The focus store's state and actions. */
export interface FocusState {
  /** The pending request, or null once it has been served. */
  target: FocusTarget | null;
  /** Bumped on every request, so asking twice for the same place still moves focus. */
  serial: number;
  request: (target: FocusTarget) => void;
  /** Marks a request served. */
  clear: () => void;
}

/** Initial values, also used by tests to reset. */
export const initialFocusState = { target: null as FocusTarget | null, serial: 0 };

export const useFocusStore = create<FocusState>((set) => ({
  ...initialFocusState,
  request: (target) => set((s) => ({ target, serial: s.serial + 1 })),
  clear: () => set({ target: null }),
}));
