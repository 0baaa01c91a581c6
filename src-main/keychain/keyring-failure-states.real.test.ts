/**
 * The real adapter in real broken environments, each in a child process (the session bus is
 * fixed by a process's environment): no D-Bus, a bus with no Secret Service, a LOCKED keyring.
 * Each must reject fast with the right KeychainError kind, never hang and never fall back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envWith, PROJECT_ROOT, runProbe } from './testing/run-probe';

const has = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const LINUX = process.platform === 'linux';
const HAS_BUS_TOOLS = LINUX && has('dbus-run-session');
const HAS_KEYRING_TOOLS =
  HAS_BUS_TOOLS && has('gnome-keyring-daemon') && has('secret-tool') && has('dbus-send');
const FAST_MS = 3_000;

describe.skipIf(!LINUX)('with no D-Bus session [Linux only]', () => {
  it('rejects fast as unavailable when the bus address points nowhere', async () => {
    const env = envWith({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/handoff-bus' }, [
      'DISPLAY',
    ]);
    const outcome = await runProbe([`handoff-test-nobus`, 'get', 'p1'], { env });
    expect(outcome).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(outcome.ok === false && outcome.detail).toMatch(/Failed to connect to socket/);
    expect(outcome.ms).toBeLessThan(FAST_MS);
  });

  it('rejects fast as unavailable with no bus address and no display', async () => {
    const env = envWith({}, ['DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'WAYLAND_DISPLAY']);
    const outcome = await runProbe([`handoff-test-nobus`, 'set', 'p1', 'sk'], { env });
    expect(outcome).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(outcome.ok === false && outcome.detail).toMatch(/DBUS_SESSION_BUS_ADDRESS/);
  });
});

describe.skipIf(!HAS_BUS_TOOLS)('on a bus with no Secret Service [needs dbus-run-session]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bare-bus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects fast as unavailable', async () => {
    // A session bus with no service directories: nothing can be activated on it.
    const config = join(dir, 'bare-session.conf');
    writeFileSync(
      config,
      `<busconfig><type>session</type><listen>unix:tmpdir=${dir}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`,
    );
    const outcome = await runProbe([`handoff-test-bare`, 'get', 'p1'], {
      prefix: ['dbus-run-session', `--config-file=${config}`, '--'],
    });
    expect(outcome).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(outcome.ok === false && outcome.detail).toMatch(/org\.freedesktop\.secrets/);
    expect(outcome.ms).toBeLessThan(FAST_MS);
  });
});

describe.skipIf(!HAS_KEYRING_TOOLS)('with a LOCKED gnome-keyring [needs gnome-keyring]', () => {
  // scripts/with-keyring.sh in locked mode: its own private bus and keyring, locked after a
  // canary item (service handoff-keyring-canary, username canary) was stored.
  const locked = {
    prefix: ['bash', join(PROJECT_ROOT, 'scripts/with-keyring.sh')],
    env: envWith({ KEYRING_LOCKED: '1' }),
  };

  it('reading an existing item rejects fast as locked (the unlock prompt cannot show)', async () => {
    const outcome = await runProbe(['handoff-keyring-canary', 'get', 'canary'], locked);
    expect(outcome).toMatchObject({ ok: false, kind: 'locked' });
    expect(outcome.ok === false && outcome.detail).toMatch(/unlock prompt was dismissed/);
    expect(outcome.ms).toBeLessThan(FAST_MS);
  });

  it('writing rejects as locked, and nothing is stored elsewhere', async () => {
    const outcome = await runProbe(['handoff-test-locked', 'set', 'p1', 'sk'], locked);
    expect(outcome).toMatchObject({ ok: false, kind: 'locked' });
  });

  it('a missing item still reads as missing: gnome-keyring searches without unlocking', async () => {
    const outcome = await runProbe(['handoff-test-locked', 'get', 'p1'], locked);
    expect(outcome).toMatchObject({ ok: true, value: null });
  });
});

describe.skipIf(!HAS_KEYRING_TOOLS || !has('xvfb-run'))(
  'with a LOCKED gnome-keyring and a display [needs gnome-keyring, xvfb-run]',
  () => {
    // KEYRING_LOCKED=prompt keeps the display, so gcr-prompter really shows the unlock dialog
    // on Xvfb and nobody answers it: the call hangs, as on a desktop whose user walked away.
    it('the vault stops waiting with a timeout and reports waiting → done', async () => {
      const outcome = await runProbe(['handoff-keyring-canary', 'vault-get', 'canary'], {
        prefix: ['xvfb-run', '-a', 'bash', join(PROJECT_ROOT, 'scripts/with-keyring.sh')],
        env: envWith({ KEYRING_LOCKED: 'prompt' }),
      });
      expect(outcome).toMatchObject({ ok: false, kind: 'timeout', activity: [true, false] });
      expect(outcome.ms).toBeGreaterThanOrEqual(1_500);
      expect(outcome.ms).toBeLessThan(1_500 + FAST_MS);
    });
  },
);
