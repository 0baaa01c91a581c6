/**
 * The real OS keychain, through @napi-rs/keyring: Keychain on macOS, Credential Manager on
 * Windows, the Secret Service (GNOME Keyring / KWallet) on Linux. Plain Node, no 'electron'.
 */
import type { AsyncEntry } from '@napi-rs/keyring';
import { classifyKeychainError } from './classify-keychain-error';
import type { SecretStore } from './secret-store';

/** The service name the app's items are stored under. */
const DEFAULT_KEYCHAIN_SERVICE = 'Handoff';

export interface KeyringSecretStoreOptions {
  /** Service name of the keychain items; tests use a unique one. Default 'Handoff'. */
  service?: string;
}

type KeyringModule = typeof import('@napi-rs/keyring');

// Loaded on first use, so a missing or broken native addon becomes an 'unavailable' error the
// UI can show, instead of a crash when main starts.
let keyringModule: Promise<KeyringModule> | undefined;
function loadKeyring(): Promise<KeyringModule> {
  keyringModule ??= import('@napi-rs/keyring');
  return keyringModule;
}

/** A {@link SecretStore} over the OS keychain. Rejects only with `KeychainError`. */
export class KeyringSecretStore implements SecretStore {
  readonly service: string;

  constructor(options: KeyringSecretStoreOptions = {}) {
    this.service = options.service ?? DEFAULT_KEYCHAIN_SERVICE;
  }

  get(account: string): Promise<string | null> {
    return this.run(account, (entry) => entry.getPassword());
  }

  set(account: string, secret: string): Promise<void> {
    return this.run(account, (entry) => entry.setPassword(secret));
  }

  delete(account: string): Promise<boolean> {
    return this.run(account, (entry) => entry.deletePassword());
  }

  private async run<T>(account: string, op: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      const { AsyncEntry } = await loadKeyring();
      // Pinned to the Secret Service: the default would fall back to the kernel keyring, which
      // is lost on reboot. Pinned, an absent Secret Service throws (here, from the constructor).
      const entry = new AsyncEntry(this.service, account, { linux: { store: 'secret-service' } });
      return await op(entry);
    } catch (error) {
      throw classifyKeychainError(error);
    }
  }
}
