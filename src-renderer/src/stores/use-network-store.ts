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
  setStatus: (status: NetworkStatus) => void;
  /** Asks main to check reachability now. */
  retry: () => Promise<void>;
}

/** Initial values, also used by tests to reset. */
export const initialNetworkState = { status: null, retrying: false };

/** The network store. */
export const useNetworkStore = create<NetworkState>((set, get) => ({
  ...initialNetworkState,
  setStatus: (status) => set({ status }),
  retry: async () => {
    if (get().retrying) return;
    set({ retrying: true });
    try {
      const result = await getApi().network.retry({});
      if (result.ok) set({ status: result.data });
    } finally {
      set({ retrying: false });
    }
  },
}));
