/**
 * Issue 10 item 12: no request can grow a store without bound. Saved connections follow the
 * server's tag rules, tag sets and strings are bounded in the contract, and the desk and the
 * profile list have ceilings.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract/result';
import type { SavedConnection } from '../../src-shared/models/connection';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';
import { MAX_PROFILES } from '../profiles/profile-service';
import { MAX_SAVED_CONNECTIONS } from './saved-limits';

let t: TestApp | undefined;
afterEach(() => t?.close());

const row = (profileId: string, tags: Record<string, string>, connectionId = 'acme-gh') => ({
  profileId,
  connectionId,
  integrationId: 'github',
  label: 'Acme',
  tags,
  notes: '',
});
const paths = (answer: Result<unknown>) =>
  answer.ok ? [] : (answer.error.fields ?? []).map((f) => f.path.join('.'));
const fileSize = (app: TestApp) => statSync(join(app.dir, 'connections.json')).size;

describe('saved connection tags', () => {
  it('refuses a 3,000-tag save at the contract; the file does not grow', async () => {
    t = await startTestApp();
    const profileId = await addProfile(t);
    await t.ok('connections:save', row(profileId, { end_user_id: 'u1' }));
    const before = fileSize(t);
    const huge = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`tag_${i}`, 'x'.repeat(255)]),
    );
    const answer = await t.call('connections:save', row(profileId, huge, 'other'));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(paths(answer)).toEqual(['tags']);
    expect(fileSize(t)).toBe(before);
    expect(before).toBeLessThan(2000);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'eleven tags',
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])),
      ['tags'],
    ],
    ['a key the server refuses', { '1bad': 'v' }, ['tags.1bad']],
    ['an empty value', { end_user_id: '' }, ['tags.end_user_id']],
    ['two keys that are one after lowercasing', { Plan: 'a', plan: 'b' }, ['tags.plan']],
  ])('refuses %s on save, update and import, each at its field', async (_name, tags, where) => {
    t = await startTestApp();
    const profileId = await addProfile(t);
    const saved = await t.ok<SavedConnection>('connections:save', row(profileId, { a: '1' }));
    const answers = {
      save: await t.call('connections:save', row(profileId, tags, 'other')),
      update: await t.call('connections:update', { id: saved.id, tags }),
      import: await t.call('connections:import', {
        profileId,
        connections: [{ connectionId: 'imp', integrationId: 'github', label: '', tags }],
      }),
    };
    for (const answer of Object.values(answers)) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(paths(answers.save)).toEqual(where);
    expect(paths(answers.update)).toEqual(where);
    expect(paths(answers.import)).toEqual(where.map((p) => `connections.0.${p}`));
    if (where[0] === 'tags' && !answers.save.ok) {
      expect(answers.save.error.fields?.[0]?.message).toBe('At most 10 tags; this has 11.');
    }
    const { connections } = await t.ok<{ connections: SavedConnection[] }>('app:snapshot', {});
    expect(connections.map((c) => [c.connectionId, c.tags])).toEqual([['acme-gh', { a: '1' }]]);
  });
});

describe('ceilings', () => {
  it(`keeps at most ${MAX_SAVED_CONNECTIONS} saved connections`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-ceiling-'));
    try {
      const first = await startTestApp({ dir });
      const profileId = await addProfile(first);
      const seeded = await first.ok<SavedConnection>('connections:save', row(profileId, {}));
      await first.close();
      const path = join(dir, 'connections.json');
      const doc = JSON.parse(readFileSync(path, 'utf8'));
      doc.data.connections = Array.from({ length: MAX_SAVED_CONNECTIONS }, (_, i) => ({
        ...seeded,
        id: `c${i}`,
        connectionId: `conn-${i}`,
      }));
      writeFileSync(path, JSON.stringify(doc));
      t = await startTestApp({ dir });
      const answer = await t.call('connections:save', row(profileId, {}, 'one-more'));
      expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/at most 5,000 saved connections/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`keeps at most ${MAX_PROFILES} profiles`, async () => {
    t = await startTestApp();
    const input = {
      name: 'P',
      apiBaseUrl: t.nango.url,
      connectUiBaseUrl: 'https://connect.nango.dev',
    };
    for (let i = 0; i < MAX_PROFILES; i++) await t.ok('profiles:create', input);
    const answer = await t.call('profiles:create', input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
