/**
 * Private mode as main decides it, the rep's toggle, and the report of what the window
 * shows (a code, presenter view) that main's decision depends on.
 */
import { create } from 'zustand';
import type { PrivacyState } from '../../../src-shared/models/presentation';
import { getApi } from '../api';
import { onSpotlightIdChange, shownSpotlightId, useSpotlightStore } from './use-spotlight-store';

/** The privacy store's state and actions. */
export interface PrivacyStoreState {
  /** Null until main has answered. */
  state: PrivacyState | null;
  apply: (state: PrivacyState) => void;
  /** Turns private mode on or off. */
  setEnabled: (enabled: boolean) => Promise<void>;
}

/** Initial values, also used by tests to reset. */
export const initialPrivacyState = { state: null };

export const usePrivacyStore = create<PrivacyStoreState>((set) => ({
  ...initialPrivacyState,
  apply: (state) => set({ state }),
  setEnabled: async (enabled) => {
    const result = await getApi().privacy.set({ enabled });
    if (result.ok) set({ state: result.data });
  },
}));

/**
 * What the window shows now, as main needs to know it: the spotlight store's derived id (kept
 * current on every session change, choice and link running out), not a scan of every session
 * on each clock tick.
 */
function shownView(): { qrShown: boolean; presenting: boolean } {
  return {
    qrShown: shownSpotlightId() !== null,
    presenting: useSpotlightStore.getState().presenterId !== null,
  };
}

/**
 * Reports the shown view to main whenever it changes (and once now); returns the stop
 * function. A code appearing is reported before the next paint can matter: the store update
 * that draws it triggers the report synchronously.
 */
export function reportShownView(): () => void {
  let last = '';
  const report = () => {
    const view = shownView();
    const key = `${view.qrShown}/${view.presenting}`;
    if (key === last) return;
    last = key;
    void getApi()
      .privacy.report(view)
      .then((result) => {
        if (result.ok) usePrivacyStore.getState().apply(result.data);
      });
  };
  const stops = [onSpotlightIdChange(report), useSpotlightStore.subscribe(report)];
  report();
  return () => stops.forEach((stop) => stop());
}
