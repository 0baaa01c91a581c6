/**
 * Runs one KeyringSecretStore call in its own process and prints the outcome as one JSON line.
 * Tests spawn it with a changed environment (no D-Bus, a bare bus, a locked keyring), since
 * the session bus a process talks to is fixed by its environment.
 *
 *   node --import tsx src-main/keychain/testing/keyring-probe.ts <service> <op> <account> [secret]
 *
 * op: get | set | delete (the store alone), or vault-get (KeychainVault over the store, with a
 * 1.5 s timeout and activity events in `activity`, to see a real hanging prompt time out).
 */
import { systemClock } from '../../platform/clock';
import { KeychainVault } from '../keychain-vault';
import { KeyringSecretStore } from '../keyring-secret-store';
import { KeychainError } from '../keychain-error';

/** What the probe prints. `detail` is the library's own message, for diagnosis. */
export type ProbeOutcome =
  | { ok: true; value: unknown; ms: number; activity: boolean[] }
  | { ok: false; kind: string; message: string; detail: string; ms: number; activity: boolean[] };

async function main(): Promise<void> {
  const [service = '', op = '', account = '', secret = ''] = process.argv.slice(2);
  const store = new KeyringSecretStore({ service });
  const activity: boolean[] = [];
  const vault = new KeychainVault({
    store,
    clock: systemClock,
    timeoutMs: 1_500,
    slowAfterMs: 300,
    onActivity: (waiting) => activity.push(waiting),
  });
  const started = Date.now();
  let outcome: ProbeOutcome;
  try {
    const value =
      op === 'vault-get'
        ? await vault.getKey(account)
        : op === 'get'
          ? await store.get(account)
          : op === 'set'
            ? await store.set(account, secret)
            : await store.delete(account);
    outcome = { ok: true, value: value ?? null, ms: Date.now() - started, activity };
  } catch (error) {
    const failure = error instanceof KeychainError ? error : undefined;
    outcome = {
      ok: false,
      kind: failure?.kind ?? 'not-a-keychain-error',
      message: String((error as Error).message),
      detail: String((failure?.cause as Error | undefined)?.message ?? ''),
      ms: Date.now() - started,
      activity,
    };
  }
  // After a timeout the native call is still waiting on the prompt, and Node then cannot exit
  // (even process.exit hangs in native teardown, seen with @napi-rs/keyring 2.1.2): only a
  // signal ends the process, and with it the private bus, keyring and Xvfb of this run.
  const stuck = !outcome.ok && outcome.kind === 'timeout';
  process.stdout.write(`${JSON.stringify(outcome)}\n`, () =>
    stuck ? process.kill(process.pid, 'SIGKILL') : process.exit(0),
  );
}

void main();
