/**
 * Issue 10 item 5: an explicit `undefined` in a partial update must not destroy data, and a
 * row damaged on disk is repaired on load rather than dropped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedConnection } from '../../src-shared/models/connection';
import type { ProfilesState } from '../../src-shared/models/profile';
import { addProfile, startTestApp, TEST_KEY, type TestApp } from '../app/app-test-kit';
import { MemorySecretStore } from '../keychain/memory-secret-store';

let dir: string;
const apps: TestApp[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-partial-'));
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = async (secrets: MemorySecretStore) => {
  const app = await startTestApp({ secrets, dir });
  apps.push(app);
  return app;
};
const snapshot = (t: TestApp) =>
  t.ok<{ profiles: ProfilesState; connections: SavedConnection[] }>('app:snapshot', {});

describe('explicit undefined in a partial update', () => {
  it('is refused, and the profile, its key and the saved row survive a restart', async () => {
    const secrets = new MemorySecretStore();
    const t = await start(secrets);
    const profileId = await addProfile(t);
    const row = await t.ok<SavedConnection>('connections:save', {
      profileId,
      connectionId: 'acme-gh',
      integrationId: 'github',
      label: 'Acme',
      tags: { end_user_id: 'u1' },
      notes: 'VIP',
    });

    const profileAnswer = await t.call('profiles:update', { id: profileId, name: undefined });
    const rowAnswer = await t.call('connections:update', { id: row.id, label: undefined });
    for (const [answer, field] of [
      [profileAnswer, 'name'],
      [rowAnswer, 'label'],
    ] as const) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      if (!answer.ok) expect(answer.error.fields?.map((f) => f.path.join('.'))).toEqual([field]);
    }
    // The desk still sorts (a label of undefined made the worklist sort throw).
    expect((await snapshot(t)).connections.map((c) => c.label)).toEqual(['Acme']);

    t.app.dispose();
    const again = await start(secrets);
    const after = await snapshot(again);
    expect(after.profiles.profiles.map((p) => [p.id, p.name])).toEqual([[profileId, 'Production']]);
    expect(after.connections.map((c) => [c.id, c.label])).toEqual([[row.id, 'Acme']]);
    expect(await secrets.get(profileId)).toBe(TEST_KEY);
  });
});

describe('a row damaged on disk', () => {
  it('is repaired with a default on load, told to the user, and the original kept', async () => {
    const secrets = new MemorySecretStore();
    const t = await start(secrets);
    const profileId = await addProfile(t);
    await t.ok('connections:save', {
      profileId,
      connectionId: 'acme-gh',
      integrationId: 'github',
      label: 'Acme',
      tags: {},
      notes: '',
    });
    t.app.dispose();
    // What `{ name: undefined }` / `{ label: undefined }` used to leave on disk.
    const damage = (file: string, list: string, field: string) => {
      const path = join(dir, `${file}.json`);
      const doc = JSON.parse(readFileSync(path, 'utf8'));
      delete doc.data[list][0][field];
      writeFileSync(path, JSON.stringify(doc));
    };
    damage('profiles', 'profiles', 'name');
    damage('connections', 'connections', 'label');

    const again = await start(secrets);
    const after = await snapshot(again);
    expect(after.profiles.profiles.map((p) => [p.id, p.name, p.key.status])).toEqual([
      [profileId, 'Restored profile', 'ok'],
    ]);
    expect(after.profiles.activeProfileId).toBe(profileId);
    expect(after.connections.map((c) => [c.connectionId, c.label])).toEqual([['acme-gh', '']]);
    const notices = (await again.ok<{ notices: { message: string }[] }>('app:snapshot', {}))
      .notices;
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(
        /profiles failed validation.*copy was kept.*1 entry had a damaged field/,
      ),
      expect.stringMatching(/saved connections failed.*1 entry had a damaged field/),
    ]);
    const backups = readdirSync(dir).filter((f) => /\.invalid-/.test(f));
    expect(backups.map((f) => f.split('.')[0]).sort()).toEqual(['connections', 'profiles']);
    const original = readFileSync(
      join(
        dir,
        backups.find((f) => f.startsWith('profiles'))!,
      ),
      'utf8',
    );
    expect(original).toContain(profileId);
  });
});
