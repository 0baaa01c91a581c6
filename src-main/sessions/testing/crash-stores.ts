/**
 * The stores exactly as the app opens them (sealed session store with its data key in a
 * keychain, the ledger on conf), for the crash-consistency child and its checks.
 */
import Conf from 'conf';
import { join } from 'node:path';
import { KeychainVault } from '../../keychain/keychain-vault';
import { LedgerService } from '../../ledger/ledger-service';
import { openFileJournal } from '../../ledger/journal-file';
import { openLedgerStore } from '../../ledger/ledger-store';
import { systemClock } from '../../platform/clock';
import { createConfBackend, type ConfClass } from '../../store/conf-backend';
import { createSessionStore } from '../session-store';
import { FileSecretStore } from './file-secret-store';

/**
 * Opens both stores in `dir`; `notices` collects what the user would be told. The child
 * compacts the ledger inline every few changes, so kills land mid-compaction too; the
 * checking parent never compacts (it must not write while the next child runs).
 */
export async function openCrashStores(
  dir: string,
  notices: string[] = [],
  role: 'child' | 'check' = 'check',
) {
  const notify = (_level: string, message: string) => void notices.push(message);
  const vault = new KeychainVault({
    store: new FileSecretStore(join(dir, 'keychain.json')),
    clock: systemClock,
  });
  const sessions = createSessionStore({ folder: dir, vault, notify, now: () => Date.now() });
  const state = await sessions.open();
  const ledger = new LedgerService({
    store: openLedgerStore(
      createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name: 'ledger' }),
      notify,
      openFileJournal(join(dir, 'ledger.journal.jsonl')),
      role === 'child'
        ? { maxJournalLines: 7, schedule: (task) => (task(), () => undefined) }
        : { schedule: () => () => undefined },
    ),
    clock: systemClock,
    emit: () => undefined,
  });
  return { sessions, ledger, state, notices };
}
