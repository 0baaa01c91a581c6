/**
 * Spawns {@link ./keyring-probe.ts} for tests: one KeyringSecretStore call in a child process
 * whose environment (session bus, keyring state) the test chooses.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProbeOutcome } from './keyring-probe';

/** The project root (scripts/ and node_modules/ live there). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./keyring-probe.ts', import.meta.url));

/**
 * Runs the probe with `probeArgs` under node, itself run by `prefix` when given (e.g.
 * `['bash', 'scripts/with-keyring.sh']`); resolves with what the probe printed.
 */
export function runProbe(
  probeArgs: string[],
  options: { env?: NodeJS.ProcessEnv; prefix?: string[] } = {},
): Promise<ProbeOutcome> {
  const [file = process.execPath, ...args] = [
    ...(options.prefix ?? []),
    process.execPath,
    '--import',
    'tsx',
    PROBE,
    ...probeArgs,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: PROJECT_ROOT, env: options.env ?? process.env, timeout: 15_000 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(line) as ProbeOutcome);
        } catch {
          reject(new Error(`probe printed no result (${String(error)}): ${stdout}\n${stderr}`));
        }
      },
    );
  });
}

/** An environment copy with the given variables set, and `unset` removed. */
export function envWith(
  changes: Record<string, string>,
  unset: readonly string[] = [],
): NodeJS.ProcessEnv {
  const env = { ...process.env, ...changes };
  for (const name of unset) delete env[name];
  return env;
}
