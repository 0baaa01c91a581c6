/**
 * Crash consistency, for real: a child process runs the sealed session store and the ledger
 * through a storm of creates, revokes and ledger writes and is SIGKILLed at random points.
 * After each kill a fresh start must find every session whose create was acknowledged, no
 * file that has to be set aside, and no ledger entry twice.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCrashStores } from './testing/crash-stores';

const KILLS = 50;
const KILLS_PER_FOLDER = 10;
let bundle: string;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'handoff-crash-'));
  bundle = join(root, 'crash-child.mjs');
  // One bundled file: node starts it in tens of milliseconds, so 50 kills take seconds.
  buildSync({
    entryPoints: [resolve(__dirname, 'testing/crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    external: ['@napi-rs/keyring'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the child in `dir`, kills it `afterMs` after its first ack; resolves with the acked ids. */
function runAndKill(dir: string, afterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue;
        // Timed from the first ack, so every kill lands inside the storm.
        if (acked.length === 0) setTimeout(() => child.kill('SIGKILL'), afterMs);
        acked.push(line.slice(4));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`child exited ${code}: ${stderr}`));
      // An ack only counts once it was fully written out (a partial last line is not one).
      else done(acked);
    });
  });
}

/** One folder: kills in sequence, each followed by a fresh start that checks everything. */
async function killSeries(dir: string, kills: number): Promise<number> {
  const acked: string[] = [];
  for (let kill = 0; kill < kills; kill++) {
    const afterMs = Math.floor(Math.random() * 150);
    acked.push(...(await runAndKill(dir, afterMs)));

    const notices: string[] = [];
    const { sessions, ledger, state } = await openCrashStores(dir, notices);
    expect(state.status).toBe('ready');
    expect(sessions.setAside(), `kill ${kill}: a corrupt file was set aside`).toBeNull();
    expect(notices).toEqual([]);
    const saved = new Set(sessions.read().sessions.map((s) => s.view.id));
    expect(
      acked.filter((id) => !saved.has(id)),
      `kill ${kill} after ${afterMs} ms`,
    ).toEqual([]);
    const entries = ledger.state().entries.map((e) => e.id);
    expect(new Set(entries).size).toBe(entries.length);
    const inLedger = new Set(entries);
    expect(acked.filter((id) => !inLedger.has(id))).toEqual([]);
  }
  // Temp files a kill left behind are never mistaken for the store.
  expect(readdirSync(dir).filter((f) => f.endsWith('.sealed'))).toEqual(['sessions.sealed']);
  return acked.length;
}

describe('crash consistency under SIGKILL', () => {
  it(`keeps every acknowledged session and a clean ledger across ${KILLS} random kills`, async () => {
    // Folders run side by side (each one's kills in sequence) to keep the wall time short.
    const folders = Array.from({ length: KILLS / KILLS_PER_FOLDER }, () =>
      mkdtempSync(join(root, 'run-')),
    );
    const acks = await Promise.all(folders.map((dir) => killSeries(dir, KILLS_PER_FOLDER)));
    const total = acks.reduce((a, b) => a + b, 0);
    console.log(`crash consistency: ${KILLS} kills, ${total} acknowledged creates, all found`);
    // Every kill landed mid-storm, after at least one acknowledged create.
    expect(total).toBeGreaterThanOrEqual(KILLS);
  }, 120_000);
});
