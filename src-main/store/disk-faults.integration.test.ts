/**
 * Issue 10 items 6 and 7 through the whole app (real services, router, conf files): a save on a
 * full or read-only disk changes nothing the user sees, and start-up with a damaged file on
 * such a disk is degraded and explained, never fatal, and never loses the file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedConnection } from '../../src-shared/models/connection';
import type { Notice } from '../../src-shared/models/app-status';
import type { ProfilesState } from '../../src-shared/models/profile';
import { addProfile, startTestApp, type TestApp, type TestAppOptions } from '../app/app-test-kit';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import { faultyBackend, type FaultyBackend } from './testing/faulty-backend';
import { openRealDisk, type RealDisk } from './testing/real-disk';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: TestAppOptions): Promise<TestApp> {
  const app = await startTestApp(options);
  cleanups.push(() => app.close());
  return app;
}
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
function realDisk(): RealDisk | null {
  const disk = openRealDisk();
  if (disk) cleanups.push(() => disk.dispose());
  return disk;
}
type Snapshot = { profiles: ProfilesState; connections: SavedConnection[]; notices: Notice[] };
const snapshot = (t: TestApp) => t.ok<Snapshot>('app:snapshot', {});

/** A profile and a saved connection, written while the disk is fine. */
async function seed(t: TestApp): Promise<{ profileId: string }> {
  const profileId = await addProfile(t);
  await t.ok('connections:save', {
    profileId,
    connectionId: 'acme-gh',
    integrationId: 'github',
    label: 'Acme',
    tags: {},
    notes: '',
  });
  return { profileId };
}

/** Tries edits on a broken disk; asserts each is refused with `message` and nothing shows. */
async function expectNothingChanges(t: TestApp, profileId: string, message: RegExp) {
  const before = await snapshot(t);
  const eventsBefore = t.events.length;
  const answers = [
    await t.call('profiles:update', { id: profileId, name: 'Renamed' }),
    await t.call('profiles:create', {
      name: 'Second',
      apiBaseUrl: t.nango.url,
      connectUiBaseUrl: 'https://connect.nango.dev',
    }),
    await t.call('connections:save', {
      profileId,
      connectionId: 'other',
      integrationId: 'github',
      label: 'Other',
      tags: {},
      notes: '',
    }),
  ];
  for (const answer of answers) {
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    if (!answer.ok) expect(answer.error.message).toMatch(message);
  }
  const after = await snapshot(t);
  expect(after.profiles).toEqual(before.profiles);
  expect(after.connections).toEqual(before.connections);
  const changed = t.events.slice(eventsBefore).map((e) => e.event);
  expect(changed).not.toContain('profiles:changed');
  expect(changed).not.toContain('connections:changed');
}

describe('a save on a disk that refuses it', () => {
  it.each([
    [
      'ENOSPC',
      /^The disk is full, so your profiles could not be saved|^The disk is full, so your saved connections/,
    ],
    ['EROFS', /^Handoff cannot write to its data folder \(.+\): it is read-only or not allowed/],
    ['EACCES', /^Handoff cannot write to its data folder/],
  ])(
    '(%s, simulated) is refused with a specific message and shows nothing changed',
    async (code, message) => {
      const faults: FaultyBackend[] = [];
      const dir = tempDir();
      const secrets = new MemorySecretStore();
      const wrapStore: TestAppOptions['wrapStore'] = (_name, backend) => {
        const faulty = faultyBackend(backend);
        faults.push(faulty);
        return faulty.backend;
      };
      const t = await start({ dir, secrets, wrapStore });
      const { profileId } = await seed(t);
      for (const f of faults) f.failWith(code);
      await expectNothingChanges(t, profileId, message);

      // And the next start shows exactly what the app showed.
      t.app.dispose();
      const again = await start({ dir, secrets });
      const after = await snapshot(again);
      expect(after.profiles.profiles.map((p) => p.name)).toEqual(['Production']);
      expect(after.connections.map((c) => c.connectionId)).toEqual(['acme-gh']);
    },
  );

  it('on a really read-only (or really full) data folder is refused the same way', async (ctx) => {
    const disk = realDisk();
    // No way to make a folder read-only here: the simulated cases above cover it.
    if (!disk) return ctx.skip();
    const t = await start({ dir: disk.dir, secrets: new MemorySecretStore() });
    const { profileId } = await seed(t);
    disk.makeReadOnly();
    await expectNothingChanges(t, profileId, /^Handoff cannot write to its data folder/);
    disk.makeWritable();
    if (disk.fill && disk.free) {
      disk.fill();
      await expectNothingChanges(t, profileId, /^The disk is full/);
      disk.free();
    }
    await t.ok('profiles:update', { id: profileId, name: 'Renamed' });
    expect((await snapshot(t)).profiles.profiles.map((p) => p.name)).toEqual(['Renamed']);
  });
});

describe('start-up with a damaged file in a folder that refuses the copy', () => {
  const CORRUPT = '{"version":1,"data":{"profiles":[{"id":"p1"';

  async function degradedStart(dir: string, wrapStore?: TestAppOptions['wrapStore']) {
    const t = await start({
      dir,
      secrets: new MemorySecretStore(),
      ...(wrapStore ? { wrapStore } : {}),
    });
    const { notices, profiles } = await snapshot(t);
    expect(profiles.profiles).toEqual([]);
    expect(notices.map((n) => n.level)).toEqual(['warning']);
    expect(notices[0]?.message).toMatch(/profiles file was damaged/);
    expect(notices[0]?.message).toMatch(/could not be copied aside because/);
    expect(notices[0]?.message).toMatch(/left untouched at .*profiles\.json/);
    expect(notices[0]?.message).toMatch(/read-only/);
    // Usable read-only: reads answer, an edit is refused with the reason, not a crash.
    const create = await t.call('profiles:create', {
      name: 'New',
      apiBaseUrl: t.nango.url,
      connectUiBaseUrl: 'https://connect.nango.dev',
    });
    expect(create).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).toBe(CORRUPT);
    t.app.dispose();
    return t;
  }

  async function nextStartTellsOfTheCopy(dir: string) {
    const t = await start({ dir, secrets: new MemorySecretStore() });
    const { notices } = await snapshot(t);
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/profiles file was damaged.*A copy was kept at .*profiles\.corrupt-/),
    ]);
    const copies = readdirSync(dir).filter((f) => f.startsWith('profiles.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(CORRUPT);
    await t.ok('profiles:create', {
      name: 'New',
      apiBaseUrl: t.nango.url,
      connectUiBaseUrl: 'https://connect.nango.dev',
    });
  }

  it.each(['EROFS', 'ENOSPC'])(
    '(%s, simulated) starts degraded, then recovers on the next start',
    async (code) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'profiles.json'), CORRUPT);
      await degradedStart(dir, (_name, backend) => {
        const faulty = faultyBackend(backend);
        faulty.failWith(code);
        return faulty.backend;
      });
      await nextStartTellsOfTheCopy(dir);
    },
  );

  it('in a really read-only folder starts degraded, then recovers once it is writable', async (ctx) => {
    const disk = realDisk();
    if (!disk) return ctx.skip();
    writeFileSync(join(disk.dir, 'profiles.json'), CORRUPT);
    disk.makeReadOnly();
    await degradedStart(disk.dir);
    disk.makeWritable();
    await nextStartTellsOfTheCopy(disk.dir);
  });
});
