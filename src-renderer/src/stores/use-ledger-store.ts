/**
 * The link history (ledger). Read from main while its view is open, and read again when
 * `ledger:changed` says it changed; while the view is closed a change costs nothing here (the
 * event carries no entries, and the view reads them afresh when it opens).
 */
import { create } from 'zustand';
import type { LedgerExport } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { LedgerRetention, LedgerState } from '../../../src-shared/models/ledger';
import { getApi } from '../api';

export interface LedgerStoreState {
  ledger: LedgerState | null;
  load: () => Promise<Result<LedgerState>>;
  /** The view is open: loads now and after every change, until the returned function runs. */
  watch: () => () => void;
  /** `ledger:changed` arrived. */
  changed: () => void;
  /** Main writes the entries matching `query` as CSV where the person chooses. */
  exportCsv: (query: string) => Promise<Result<LedgerExport>>;
  setRetention: (retention: LedgerRetention) => Promise<Result<LedgerState>>;
}

/** Initial values, also used by tests to reset. */
export const initialLedgerState = { ledger: null as LedgerState | null };

let watchers = 0;
let loading: Promise<unknown> | null = null;
let again = false;

export const useLedgerStore = create<LedgerStoreState>((set, get) => {
  const load = async () => {
    const result = await getApi().ledger.list({});
    if (result.ok) set({ ledger: result.data });
    return result;
  };
  // One read at a time; changes during it cost one more read, not one each.
  const refresh = () => {
    if (loading) {
      again = true;
      return;
    }
    loading = load().finally(() => {
      loading = null;
      if (again && watchers > 0) {
        again = false;
        refresh();
      }
    });
  };
  return {
    ...initialLedgerState,
    load,
    watch: () => {
      watchers += 1;
      refresh();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        watchers -= 1;
      };
    },
    changed: () => {
      if (watchers > 0) refresh();
      else if (get().ledger !== null) set({ ledger: null }); // stale: read afresh on open
    },
    exportCsv: (query) => getApi().ledger.exportCsv({ query }),
    setRetention: async (retention) => {
      const result = await getApi().ledger.setRetention(retention);
      if (result.ok) set({ ledger: result.data });
      return result;
    },
  };
});
