/**
 * The install's data key: 32 random bytes kept in the OS keychain (base64) next to the profiles'
 * secret keys, the way desktop apps keep a database key there. It encrypts the session store;
 * it never touches the disk in clear, and there is no fallback when the keychain says no.
 */
import { randomBytes } from 'node:crypto';
import { DATA_KEY_BYTES } from '../store/sealed-box';
import { KeyMissingError } from './key-missing-error';
import type { KeychainVault } from './keychain-vault';

/** The keychain account the data key is stored under (profile ids are UUIDs: no clash). */
export const DATA_KEY_ACCOUNT = 'handoff-data-key';

/** A data key, and whether it was made just now (so nothing sealed earlier can be opened). */
export interface DataKey {
  key: Buffer;
  created: boolean;
}

/**
 * Reads the data key, creating it on first use. Rejects with `KeychainError` when the keychain
 * is locked, missing or slow: callers must then treat sealed data as unavailable.
 */
export async function loadDataKey(vault: KeychainVault): Promise<DataKey> {
  try {
    const key = Buffer.from(await vault.getKey(DATA_KEY_ACCOUNT), 'base64');
    if (key.length === DATA_KEY_BYTES) return { key, created: false };
    // An entry that is not a key of ours cannot open anything: replace it.
  } catch (error) {
    if (!(error instanceof KeyMissingError)) throw error;
  }
  const key = randomBytes(DATA_KEY_BYTES);
  await vault.setKey(DATA_KEY_ACCOUNT, key.toString('base64'));
  return { key, created: true };
}
