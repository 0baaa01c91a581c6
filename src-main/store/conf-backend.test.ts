import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnectionStore } from '../connections/connection-store';
import { createConfBackend, type ConfClass } from './conf-backend';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const backend = (name = 'connections') =>
  createConfBackend(Conf as unknown as ConfClass, { cwd: dir, name });

const savedRow = {
  id: 'c1',
  profileId: 'p1',
  connectionId: 'acme-gh',
  integrationId: 'github',
  label: 'Acme',
  tags: { end_user_id: 'u1' },
  notes: 'VIP',
  createdAt: '2026-11-01T00:00:00.000Z',
};

describe('conf backend + versioned store on a real file', () => {
  it('reads undefined for a missing file and writes JSON to <cwd>/<name>.json', () => {
    const b = backend();
    expect(b.read()).toBeUndefined();
    b.write({ version: 2, data: { connections: [] } });
    expect(JSON.parse(readFileSync(join(dir, 'connections.json'), 'utf8'))).toEqual({
      version: 2,
      data: { connections: [] },
    });
  });

  it('keeps a backup of a corrupt file and starts an empty list, telling the user', () => {
    writeFileSync(join(dir, 'connections.json'), '{"version":2,"data":{"connections":[{"id"');
    const notices: string[] = [];
    const store = openConnectionStore(backend(), (_l, m) => notices.push(m));
    expect(store.read()).toEqual({ connections: [] });
    const backups = readdirSync(dir).filter((f) => f.startsWith('connections.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toContain('"id"');
    expect(notices[0]).toMatch(/damaged/);
    // The app keeps working: a new row is written to a clean file.
    store.write({ connections: [{ ...savedRow, health: 'unknown' }] });
    expect(openConnectionStore(backend(), () => {}).read().connections).toHaveLength(1);
  });

  it('migrates a version-1 saved list without losing a row', () => {
    writeFileSync(
      join(dir, 'connections.json'),
      JSON.stringify({
        version: 1,
        data: {
          connections: [
            { ...savedRow, status: 'broken', lastError: 'auth' },
            { ...savedRow, id: 'c2', status: 'ok' },
          ],
        },
      }),
    );
    const notices: string[] = [];
    const rows = openConnectionStore(backend(), (_l, m) => notices.push(m)).read().connections;
    expect(rows.map((r) => [r.id, r.health, r.errorType])).toEqual([
      ['c1', 'broken', 'auth'],
      ['c2', 'ok', undefined],
    ]);
    expect(readdirSync(dir).some((f) => f.startsWith('connections.v1-'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'connections.json'), 'utf8')).version).toBe(2);
    expect(notices[0]).toMatch(/upgraded/);
  });
});
