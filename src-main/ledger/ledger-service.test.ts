import { describe, expect, it } from 'vitest';
import type { LedgerState } from '../../src-shared/models/ledger';
import type { LedgerChange } from '../../src-shared/contract/events';
import { ManualClock } from '../platform/manual-clock';
import { MemoryJsonBackend } from '../store/memory-backend';
import { ledgerCsv } from './ledger-csv';
import { EXPIRY_TOLERANCE_MS, LedgerService, prune } from './ledger-service';
import { openLedgerStore } from './ledger-store';
import { MemoryJournal } from './testing/memory-journal';

const setup = () => {
  const clock = new ManualClock();
  const backend = new MemoryJsonBackend();
  const journal = new MemoryJournal();
  const events: LedgerChange[] = [];
  const ledger = new LedgerService({
    store: openLedgerStore(backend, () => undefined, journal),
    clock,
    emit: (_e, payload) => events.push(payload as LedgerChange),
  });
  const open = (id: string, label = 'Ada') =>
    ledger.open({
      id,
      kind: 'connect',
      profileId: 'p1',
      profileName: 'Production',
      label,
      tags: { end_user_id: 'u1', handoff_id: id, handoff_install: 'i' },
      integrations: ['github'],
      createdAt: new Date(clock.now()).toISOString(),
      expiresAt: new Date(clock.now() + 30 * 60_000).toISOString(),
    });
  return { clock, backend, journal, ledger, open, events };
};

describe('ledger', () => {
  it('keeps no Handoff tags and no tokens, and tells the renderer', () => {
    const { ledger, open, events, backend, journal } = setup();
    open('h1');
    expect(ledger.state().entries[0]).toMatchObject({
      id: 'h1',
      tags: { end_user_id: 'u1' },
      outcome: null,
    });
    expect(backend.text ?? '').not.toContain('handoff_install');
    expect(journal.text).toContain('"end_user_id":"u1"');
    expect(journal.text).not.toContain('handoff_install');
    // Told that it changed, without the entries (thousands of them would cross IPC each time).
    expect(events).toEqual([{ revision: 1 }]);
    ledger.close('h1', 'revoked');
    expect(events).toEqual([{ revision: 1 }, { revision: 2 }]);
  });

  it('closes once; connected wins over an earlier outcome', () => {
    const { ledger, open } = setup();
    open('h1');
    ledger.close('h1', 'revoked');
    ledger.close('h1', 'expired');
    expect(ledger.state().entries[0]?.outcome).toBe('revoked');
    ledger.close('h1', 'connected', { connectionId: 'c1', integrationId: 'github' });
    ledger.close('h1', 'revoked');
    expect(ledger.state().entries[0]).toMatchObject({ outcome: 'connected', connectionId: 'c1' });
  });

  it('never duplicates an entry written twice', () => {
    const { ledger, open } = setup();
    open('h1');
    open('h1');
    expect(ledger.state().entries).toHaveLength(1);
  });

  it('marks entries without a saved session as failed at start-up, saying when the link dies', () => {
    const { ledger, open } = setup();
    open('lost');
    open('kept');
    ledger.reconcile(new Set(['kept']), 'Handoff stopped before it could save this link.');
    const [kept, lost] = [...ledger.state().entries].sort((a, b) => a.id.localeCompare(b.id));
    expect(kept?.outcome).toBeNull();
    expect(lost).toMatchObject({ outcome: 'failed' });
    expect(lost?.note).toMatch(/stopped before.*stops working at 2026-11-23T09:30:00.000Z/);
  });

  it('applies retention: old finished entries go, live ones stay, and the size is capped', () => {
    const { ledger, open, clock } = setup();
    open('old');
    ledger.close('old', 'expired');
    open('live');
    clock.advance(40 * 24 * 60 * 60_000);
    open('new');
    ledger.close('new', 'revoked');
    ledger.setRetention({ days: 30, maxEntries: 5000 });
    expect(
      ledger
        .state()
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(['live', 'new']);
    const many: LedgerState = {
      retention: { days: 365, maxEntries: 10 },
      entries: Array.from({ length: 15 }, (_, i) => ({
        ...ledger.state().entries[0]!,
        id: `e${String(i).padStart(2, '0')}`,
        createdAt: new Date(clock.now() + i).toISOString(),
        outcome: 'revoked' as const,
        outcomeAt: new Date(clock.now()).toISOString(),
      })),
    };
    const pruned = prune(many, clock.now());
    expect(pruned.entries.map((e) => e.id)).toEqual([
      'e05',
      'e06',
      'e07',
      'e08',
      'e09',
      'e10',
      'e11',
      'e12',
      'e13',
      'e14',
    ]);
  });

  it('exports CSV with one row per entry, formula cells neutralised', () => {
    const { ledger, open } = setup();
    open('h1', '=cmd|calc');
    ledger.close('h1', 'connected', { connectionId: 'c-1', integrationId: 'github' });
    const csv = ledgerCsv(ledger.state().entries);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Created,Customer,Kind,Profile/);
    expect(lines[1]).toContain(",'=cmd|calc,connect,Production,github,connected,");
    expect(lines[1]).toContain('end_user_id=u1');
  });

  it('corrects the expiry unless the estimate is a little late, never when it is early', () => {
    const { ledger, open, events } = setup();
    open('h1');
    const estimate = ledger.state().entries[0]!.expiresAt;
    const at = (ms: number) => new Date(Date.parse(estimate) + ms).toISOString();
    ledger.setExpiry('h1', at(-EXPIRY_TOLERANCE_MS)); // the estimate is 5 s late: it stands
    expect(ledger.state().entries[0]?.expiresAt).toBe(estimate);
    expect(events).toHaveLength(1); // no second write of the whole history
    ledger.setExpiry('h1', at(1)); // the link lives longer than the ledger said: corrected
    expect(ledger.state().entries[0]?.expiresAt).toBe(at(1));
    ledger.setExpiry('h1', at(-60_000)); // a skewed clock: Nango's word wins
    expect(ledger.state().entries[0]?.expiresAt).toBe(at(-60_000));
    expect(events).toHaveLength(3);
  });
});
