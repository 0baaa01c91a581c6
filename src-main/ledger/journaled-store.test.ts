/**
 * The journaled ledger store keeps the versioned store's read-only rules: a snapshot that must
 * first be copied aside, or a journal that cannot be read, refuses every write with
 * `storage_unavailable` and appends nothing.
 */
import { describe, expect, it } from 'vitest';
import { MemoryJsonBackend } from '../store/memory-backend';
import { openLedgerStore } from './ledger-store';
import { MemoryJournal } from './testing/memory-journal';
import type { LedgerEntry } from '../../src-shared/models/ledger';

const row: LedgerEntry = {
  id: 'h1',
  kind: 'connect',
  profileId: 'p1',
  profileName: 'Production',
  label: 'Ada',
  tags: {},
  integrations: [],
  createdAt: '2026-11-23T09:00:00.000Z',
  expiresAt: '2026-11-23T09:30:00.000Z',
  outcome: null,
};
const never = { schedule: () => () => undefined };

function open(backend: MemoryJsonBackend, journal: MemoryJournal) {
  const notices: string[] = [];
  const store = openLedgerStore(backend, (_l, m) => void notices.push(m), journal, never);
  return { store, notices };
}

describe('the journaled ledger store, degraded', () => {
  it('refuses writes while a damaged snapshot could not be copied aside', () => {
    const backend = new MemoryJsonBackend('{"version":1,"data":{"entries":[{"id"');
    backend.failWith('EROFS');
    const journal = new MemoryJournal();
    const { store, notices } = open(backend, journal);
    expect(notices[0]).toMatch(/could not be copied aside/);
    expect(() => store.write({ ...store.read(), entries: [row] })).toThrow(
      expect.objectContaining({ code: 'storage_unavailable' }),
    );
    expect(journal.text).toBeUndefined();
    expect(store.read().entries).toEqual([]);
  });

  it('refuses writes when the journal cannot be read, and never empties it', () => {
    const journal = new MemoryJournal('{"put":');
    journal.read = () => {
      throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
    };
    const { store, notices } = open(new MemoryJsonBackend(), journal);
    expect(notices[0]).toMatch(/cannot read the recent changes to your link history \(EACCES\)/);
    expect(() => store.write({ ...store.read(), entries: [row] })).toThrow(
      expect.objectContaining({ code: 'storage_unavailable' }),
    );
    store.compact();
    expect(journal.text).toBe('{"put":');
  });

  it('validates what it writes: a row that would fail the next start never reaches disk', () => {
    const journal = new MemoryJournal();
    const { store } = open(new MemoryJsonBackend(), journal);
    const bad = { ...row, kind: 'nope' } as unknown as LedgerEntry;
    expect(() => store.write({ ...store.read(), entries: [bad] })).toThrow(/fail their schema/);
    expect(journal.text).toBeUndefined();
  });
});
