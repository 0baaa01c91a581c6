/**
 * The README's test command and `.ci/run` install the system packages through one script that
 * works as root (no sudo on the machine) and as a normal user (through sudo). Run for real with
 * bash, against fake `id`, `apt-get`, `sudo` and `npm` on a PATH that holds nothing else.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(__dirname, '..');

/** The command under README's "2. Install and run the whole test suite". */
function readmeTestCommand(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const lines = block.split('\n');
  const heading = lines.findIndex((line) => /^# 2\. /.test(line));
  const command = lines.slice(heading + 1).find((line) => line.trim() && !line.startsWith('#'));
  if (heading < 0 || !command) throw new Error('README has no "# 2." test command');
  return command;
}

interface Machine {
  uid: number;
  hasSudo: boolean;
}

/** Runs `command` in the repo on a fake machine; returns its exit code and what was called. */
function runOn(machine: Machine, command: string) {
  const bin = mkdtempSync(join(tmpdir(), 'handoff-sysdeps-'));
  const log = join(bin, 'calls.log');
  const fake = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  fake('id', `[[ "$1" == "-u" ]] && echo ${machine.uid}`);
  fake('apt-get', `echo "apt-get DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "${log}"`);
  fake('npm', `echo "npm $*" >> "${log}"`);
  if (machine.hasSudo) fake('sudo', `echo "sudo $1" >> "${log}"; exec "$@"`);
  for (const tool of ['bash', 'env']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  const run = spawnSync('/bin/bash', ['-c', command], {
    cwd: REPO,
    env: { PATH: bin, HOME: bin },
    encoding: 'utf8',
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // Nothing was called.
  }
  return { status: run.status, stderr: run.stderr, calls };
}

describe('installing the system packages', () => {
  it('README’s test command works as root on a machine without sudo', () => {
    const run = runOn({ uid: 0, hasSudo: false }, readmeTestCommand());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.calls[0]).toBe('apt-get DEBIAN_FRONTEND=noninteractive update');
    expect(run.calls[1]).toMatch(
      /^apt-get DEBIAN_FRONTEND=noninteractive install -y .*gnome-keyring/,
    );
    expect(run.calls.slice(2)).toEqual(['npm ci', 'npm test']);
  });

  it('README’s test command goes through sudo for a normal user', () => {
    const run = runOn({ uid: 1000, hasSudo: true }, readmeTestCommand());
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      'sudo env',
      'apt-get DEBIAN_FRONTEND=noninteractive update',
      'sudo env',
      expect.stringMatching(/^apt-get DEBIAN_FRONTEND=noninteractive install -y .*chromium/),
      'npm ci',
      'npm test',
    ]);
  });

  it('a normal user without sudo is told what to do, and nothing runs', () => {
    const run = runOn({ uid: 1000, hasSudo: false }, readmeTestCommand());
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/not root and no sudo.*gnome-keyring/);
    expect(run.calls).toEqual([]);
  });

  it('CI installs them with the same script', () => {
    const ci = readFileSync(join(REPO, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^bash scripts\/install-system-deps\.sh$/m);
    expect(ci).not.toMatch(/^[^#\n]*(sudo|apt-get)/m);
  });
});
