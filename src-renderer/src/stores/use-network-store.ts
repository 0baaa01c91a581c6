/**
 * Whether Nango is reachable, as main last observed it, and the "Retry" action.
 */
import { create } from 'zustand';
import type { NetworkStatus } from '../../../src-shared/models/app-status';
import { getApi } from '../api';

/** The network store's state and actions. */
export interface NetworkState {
  /** `null` until the first snapshot. */
  status: NetworkStatus | null;
  retrying: boolean;
  /**
   * Times the app came back online. An "offline" error from before the latest return is stale:
   * views compare the count they saw when the error happened with this one to stop showing it.
   */
  reconnects: number;
  setStatus: (status: NetworkStatus) => void;
  /** Asks main to check reachability now. */
  retry: () => Promise<void>;
}

/** Initial values, also used by tests to reset. */
export const initialNetworkState = { status: null, retrying: false, reconnects: 0 };

export const useNetworkStore = create<NetworkState>((set, get) => ({
  ...initialNetworkState,
  setStatus: (status) =>
    set((state) => ({
      status,
      reconnects:
        state.status?.online === false && status.online ? state.reconnects + 1 : state.reconnects,
    })),
  retry: async () => {
    if (get().retrying) return;
    set({ retrying: true });
    try {
      const result = await getApi().network.retry({});
      if (result.ok) get().setStatus(result.data);
    } finally {
      set({ retrying: false });
    }
  },
}));
