/**
 * The secrets this run has handled (keys read from or written to the keychain), so the log
 * redacts them exactly even when they do not look like a Nango key. Memory only.
 */
import type { SecretStore } from '../keychain/secret-store';
import { MIN_SECRET_LENGTH } from './redact';

/** A set of live secrets. */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  /** Remembers a secret to redact. */
  add(secret: string): void {
    if (secret.length >= MIN_SECRET_LENGTH) this.secrets.add(secret);
  }

  /** The secrets, longest first (so a secret that contains another is replaced whole). */
  values(): string[] {
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }
}

/** Wraps a SecretStore so every key it stores or hands out is registered for redaction. */
export function registeringSecretStore(store: SecretStore, registry: SecretRegistry): SecretStore {
  return {
    async get(account) {
      const secret = await store.get(account);
      if (secret !== null) registry.add(secret);
      return secret;
    },
    async set(account, secret) {
      // Before the write: a failure's error text may quote what it was given.
      registry.add(secret);
      await store.set(account, secret);
    },
    delete: (account) => store.delete(account),
  };
}
