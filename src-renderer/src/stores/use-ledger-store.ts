/**
 * The link history (ledger). Loaded when its view opens, then kept current by `ledger:changed`.
 */
import { create } from 'zustand';
import type { LedgerExport } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { LedgerRetention, LedgerState } from '../../../src-shared/models/ledger';
import { getApi } from '../api';

/** The ledger store's state and actions. */
export interface LedgerStoreState {
  ledger: LedgerState | null;
  apply: (ledger: LedgerState) => void;
  load: () => Promise<Result<LedgerState>>;
  /** Main writes the entries matching `query` as CSV where the person chooses. */
  exportCsv: (query: string) => Promise<Result<LedgerExport>>;
  setRetention: (retention: LedgerRetention) => Promise<Result<LedgerState>>;
}

/** Initial values, also used by tests to reset. */
export const initialLedgerState = { ledger: null as LedgerState | null };

/** The ledger store. */
export const useLedgerStore = create<LedgerStoreState>((set) => ({
  ...initialLedgerState,
  apply: (ledger) => set({ ledger }),
  load: async () => {
    const result = await getApi().ledger.list({});
    if (result.ok) set({ ledger: result.data });
    return result;
  },
  exportCsv: (query) => getApi().ledger.exportCsv({ query }),
  setRetention: async (retention) => {
    const result = await getApi().ledger.setRetention(retention);
    if (result.ok) set({ ledger: result.data });
    return result;
  },
}));
