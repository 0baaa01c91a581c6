/** Exports the ledger entries a search shows as CSV, to where the person chooses. */
import type { LedgerExport } from '../../src-shared/contract/channels';
import { searchLedger } from '../../src-shared/ledger/search-ledger';
import type { Clock } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import { ledgerCsv } from './ledger-csv';
import type { LedgerService } from './ledger-service';

/** Builds the CSV in main (the renderer never writes files) and hands it to the Desktop. */
export async function exportLedger(
  deps: { ledger: LedgerService; desktop: Desktop; clock: Clock },
  query: string,
): Promise<LedgerExport> {
  const entries = searchLedger(deps.ledger.state().entries, query);
  const day = new Date(deps.clock.now()).toISOString().slice(0, 10);
  const path = await deps.desktop.saveTextFile({
    defaultName: `handoff-links-${day}.csv`,
    content: ledgerCsv(entries),
  });
  return { path, rows: entries.length };
}
