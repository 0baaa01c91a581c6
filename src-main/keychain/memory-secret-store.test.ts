import { describe, expect, it } from 'vitest';
import { KeychainError } from './keychain-error';
import { MemorySecretStore } from './memory-secret-store';

describe('MemorySecretStore', () => {
  it('keeps, replaces and deletes secrets', async () => {
    const store = new MemorySecretStore();
    expect(await store.get('p1')).toBeNull();
    await store.set('p1', 'a');
    await store.set('p1', 'b');
    expect(await store.get('p1')).toBe('b');
    expect(await store.delete('p1')).toBe(true);
    expect(await store.delete('p1')).toBe(false);
  });

  it.each(['locked', 'unavailable'] as const)('rejects with KeychainError(%s)', async (fault) => {
    const store = new MemorySecretStore({ p1: 'a' });
    store.setFault(fault);
    await expect(store.get('p1')).rejects.toBeInstanceOf(KeychainError);
    await expect(store.set('p1', 'b')).rejects.toMatchObject({ kind: fault });
    store.setFault(null);
    expect(await store.get('p1')).toBe('a');
  });

  it('hangs until released', async () => {
    const store = new MemorySecretStore({ p1: 'a' });
    store.setFault('hang');
    let answered = false;
    const pending = store.get('p1').then((value) => ((answered = true), value));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    expect(store.hungCalls).toBe(1);
    store.releaseHung();
    expect(await pending).toBe('a');
  });
});
