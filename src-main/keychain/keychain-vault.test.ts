import { describe, expect, it } from 'vitest';
import { ManualClock } from '../platform/manual-clock';
import { KeychainError } from './keychain-error';
import { KeychainVault } from './keychain-vault';
import { KeyMissingError } from './key-missing-error';
import { MemorySecretStore } from './memory-secret-store';

/** Lets pending promise callbacks run (the store answers on the microtask queue). */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function setup(initial: Record<string, string> = {}) {
  const clock = new ManualClock();
  const store = new MemorySecretStore(initial);
  const activity: boolean[] = [];
  const vault = new KeychainVault({
    store,
    clock,
    timeoutMs: 15_000,
    slowAfterMs: 750,
    onActivity: (waiting) => activity.push(waiting),
  });
  return { clock, store, vault, activity };
}

describe('KeychainVault.getKey', () => {
  it('returns the stored key and caches it, so a keychain locked later is not asked again', async () => {
    const { store, vault } = setup({ p1: 'sk-1' });
    expect(await vault.getKey('p1')).toBe('sk-1');
    store.setFault('locked');
    expect(await vault.getKey('p1')).toBe('sk-1');
    expect(store.calls).toEqual(['get:p1']);
  });

  it('throws KeyMissingError with a message pointing to Settings', async () => {
    const { vault } = setup();
    const error = await vault.getKey('p1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyMissingError);
    expect((error as Error).message).toBe(
      'No secret key is set for this profile. Add it in Settings.',
    );
  });

  it.each(['locked', 'unavailable'] as const)('throws KeychainError(%s)', async (fault) => {
    const { store, vault } = setup({ p1: 'sk-1' });
    store.setFault(fault);
    const error = await vault.getKey('p1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeychainError);
    expect((error as KeychainError).kind).toBe(fault);
  });

  it('times out a hung call with the clock, then fills the cache if the prompt is answered', async () => {
    const { clock, store, vault } = setup({ p1: 'sk-1' });
    store.setFault('hang');
    const result = vault.getKey('p1').catch((e: unknown) => e);
    await flush();
    clock.advance(14_999);
    await flush();
    clock.advance(1);
    const error = await result;
    expect(error).toBeInstanceOf(KeychainError);
    expect((error as KeychainError).kind).toBe('timeout');
    expect((error as KeychainError).message).toBe(
      'Waiting for the keychain… unlock it or answer its prompt, then try again.',
    );
    expect(clock.pendingTimers).toBe(0);

    store.setFault(null);
    store.releaseHung();
    await flush();
    expect(await vault.getKey('p1')).toBe('sk-1');
    expect(store.calls).toEqual(['get:p1']);
  });

  it('lets a retry join the prompt already waiting instead of raising a second one', async () => {
    const { clock, store, vault } = setup({ p1: 'sk-1' });
    store.setFault('hang');
    const first = vault.getKey('p1').catch((e: unknown) => e);
    clock.advance(15_000);
    expect(await first).toBeInstanceOf(KeychainError);
    const retry = vault.getKey('p1');
    store.setFault(null);
    store.releaseHung();
    expect(await retry).toBe('sk-1');
    expect(store.calls).toEqual(['get:p1']);
  });
});

describe('KeychainVault activity events', () => {
  it('reports a slow call once, and its end', async () => {
    const { clock, store, vault, activity } = setup({ p1: 'sk-1' });
    store.setFault('hang');
    const a = vault.getKey('p1');
    const b = vault.peekStatus('p1');
    clock.advance(749);
    expect(activity).toEqual([]);
    clock.advance(1);
    expect(activity).toEqual([true]);
    store.setFault(null);
    store.releaseHung();
    expect(await a).toBe('sk-1');
    expect(await b).toMatchObject({ status: 'ok' });
    expect(activity).toEqual([true, false]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('reports the end of waiting when a slow call times out', async () => {
    const { clock, store, vault, activity } = setup();
    store.setFault('hang');
    const pending = vault.setKey('p1', 'sk-1').catch((e: unknown) => e);
    clock.advance(15_000);
    expect(((await pending) as KeychainError).kind).toBe('timeout');
    expect(activity).toEqual([true, false]);
  });

  it('stays quiet for fast calls', async () => {
    const { vault, activity } = setup({ p1: 'sk-1' });
    await vault.getKey('p1');
    await vault.setKey('p2', 'sk-2');
    expect(activity).toEqual([]);
  });
});

describe('KeychainVault.peekStatus', () => {
  it.each([
    [null, { p1: 'sk-1' }, 'ok'],
    [null, {}, 'missing'],
    ['locked', { p1: 'sk-1' }, 'locked'],
    ['unavailable', { p1: 'sk-1' }, 'unavailable'],
  ] as const)('fault %s, store %o → %s', async (fault, initial, status) => {
    const { store, vault } = setup(initial);
    store.setFault(fault);
    const result = await vault.peekStatus('p1');
    expect(result.status).toBe(status);
    expect(result.message).not.toContain('sk-1');
  });

  it('reports a timeout as locked, with the waiting message, and never rejects', async () => {
    const { clock, store, vault } = setup({ p1: 'sk-1' });
    store.setFault('hang');
    const pending = vault.peekStatus('p1');
    clock.advance(15_000);
    expect(await pending).toEqual({
      status: 'locked',
      message: 'Waiting for the keychain… unlock it or answer its prompt, then try again.',
    });
  });

  it('gives actionable messages', async () => {
    const { store, vault } = setup({ p1: 'sk-1' });
    store.setFault('locked');
    expect((await vault.peekStatus('p1')).message).toMatch(/Unlock it .*'login' keyring/);
    store.setFault('unavailable');
    expect((await vault.peekStatus('p1')).message).toMatch(/never stores the key in a file/);
  });
});

describe('KeychainVault.setKey / deleteKey', () => {
  it('replaces the key and serves the new one without asking the keychain again', async () => {
    const { store, vault } = setup({ p1: 'old' });
    expect(await vault.getKey('p1')).toBe('old');
    await vault.setKey('p1', 'new');
    store.setFault('locked');
    expect(await vault.getKey('p1')).toBe('new');
    expect(store.snapshot()).toEqual({ p1: 'new' });
  });

  it('deletes the key and forgets the cached copy', async () => {
    const { store, vault } = setup({ p1: 'sk-1' });
    await vault.getKey('p1');
    expect(await vault.deleteKey('p1')).toBe(true);
    expect(await vault.deleteKey('p1')).toBe(false);
    await expect(vault.getKey('p1')).rejects.toBeInstanceOf(KeyMissingError);
    expect(store.snapshot()).toEqual({});
  });

  it('does not cache a read that started before a delete', async () => {
    const { store, vault } = setup({ p1: 'sk-1' });
    store.setFault('hang');
    const read = vault.getKey('p1').catch(() => undefined);
    store.setFault(null);
    await vault.deleteKey('p1');
    store.releaseHung();
    await read;
    await expect(vault.getKey('p1')).rejects.toBeInstanceOf(KeyMissingError);
  });

  it.each(['locked', 'unavailable'] as const)(
    'never falls back to plaintext when the keychain is %s',
    async (fault) => {
      const { store, vault } = setup({ p1: 'old' });
      await vault.getKey('p1');
      store.setFault(fault);
      const error = await vault.setKey('p1', 'sk-secret').catch((e: unknown) => e);
      expect((error as KeychainError).kind).toBe(fault);
      expect((error as Error).message).not.toContain('sk-secret');
      // Neither the new key nor the stale one is served from memory afterwards.
      await expect(vault.getKey('p1')).rejects.toMatchObject({ kind: fault });
      store.setFault(null);
      expect(store.snapshot()).toEqual({ p1: 'old' });
    },
  );

  it('drops the cache when a write times out, since the write may still land later', async () => {
    const { clock, store, vault } = setup({ p1: 'old' });
    await vault.getKey('p1');
    store.setFault('hang');
    const write = vault.setKey('p1', 'new').catch((e: unknown) => e);
    clock.advance(15_000);
    expect(((await write) as KeychainError).kind).toBe('timeout');
    store.setFault(null);
    store.releaseHung();
    await flush();
    expect(await vault.getKey('p1')).toBe('new');
  });
});
