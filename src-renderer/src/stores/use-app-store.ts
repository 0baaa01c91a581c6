/**
 * App-wide state: which tab is open, start-up progress, notices and the keychain indicator.
 */
import { create } from 'zustand';
import type { AppError } from '../../../src-shared/contract/result';
import type { Notice } from '../../../src-shared/models/app-status';
import { getApi } from '../api';

/** The app's main sections. */
export type Tab = 'handoff' | 'desk' | 'ledger' | 'settings';

/** The app store's state and actions. */
export interface AppState {
  tab: Tab;
  /** `loading` until the first snapshot arrives. */
  phase: 'loading' | 'ready' | 'failed';
  loadError: AppError | null;
  notices: Notice[];
  /** True while a keychain call is taking long (an unlock prompt may be waiting). */
  keychainWaiting: boolean;
  setTab: (tab: Tab) => void;
  setNotices: (notices: Notice[]) => void;
  setKeychainWaiting: (waiting: boolean) => void;
  setPhase: (phase: AppState['phase'], loadError?: AppError | null) => void;
  /** Hides a notice; keeps it if main refuses. */
  dismissNotice: (id: string) => Promise<void>;
}

/** Initial values, also used by tests to reset. */
export const initialAppState = {
  tab: 'handoff' as Tab,
  phase: 'loading' as AppState['phase'],
  loadError: null,
  notices: [] as Notice[],
  keychainWaiting: false,
};

export const useAppStore = create<AppState>((set) => ({
  ...initialAppState,
  setTab: (tab) => set({ tab }),
  setNotices: (notices) => set({ notices }),
  setKeychainWaiting: (keychainWaiting) => set({ keychainWaiting }),
  setPhase: (phase, loadError = null) => set({ phase, loadError }),
  dismissNotice: async (id) => {
    const result = await getApi().app.dismissNotice({ id });
    if (result.ok) set({ notices: result.data });
  },
}));
