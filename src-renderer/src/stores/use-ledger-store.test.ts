import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerState } from '../../../src-shared/models/ledger';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { useLedgerStore } from './use-ledger-store';

let fake: FakeApi;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const reads = () => fake.calls.filter((c) => c.channel === 'ledger:list').length;
const state = (entries: number): LedgerState => ({
  entries: [],
  retention: { days: 90, maxEntries: 5000 + entries },
});

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(() => resetStores(null));

describe('ledger store', () => {
  it('reads the ledger while its view is open, and again after each change', async () => {
    let version = 0;
    fake.handle('ledger:list', () => ({ ok: true, data: state(version) }));
    const unwatch = useLedgerStore.getState().watch();
    await flush();
    expect(reads()).toBe(1);
    version = 1;
    useLedgerStore.getState().changed();
    await flush();
    expect(reads()).toBe(2);
    expect(useLedgerStore.getState().ledger?.retention.maxEntries).toBe(5001);
    unwatch();
  });

  it('folds changes that arrive during a read into one more read', async () => {
    fake.handle('ledger:list', () => ({ ok: true, data: state(0) }));
    const unwatch = useLedgerStore.getState().watch();
    for (let i = 0; i < 5; i += 1) useLedgerStore.getState().changed();
    await flush();
    await flush();
    expect(reads()).toBe(2);
    unwatch();
  });

  it('costs nothing while the view is closed, and forgets what it held', async () => {
    fake.handle('ledger:list', () => ({ ok: true, data: state(0) }));
    const unwatch = useLedgerStore.getState().watch();
    await flush();
    unwatch();
    useLedgerStore.getState().changed();
    await flush();
    expect(reads()).toBe(1);
    expect(useLedgerStore.getState().ledger).toBeNull();
  });
});
