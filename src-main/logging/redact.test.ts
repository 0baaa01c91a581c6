import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import { REDACTED, redactText, redactValue } from './redact';
import { registeringSecretStore, SecretRegistry } from './secret-registry';

const KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';
const TOKEN = `nango_connect_session_${'0f'.repeat(32)}`;

describe('redactText', () => {
  it.each([
    [`key ${KEY} set`, `key ${REDACTED} set`],
    [`key ${KEY.toUpperCase()}`, `key ${REDACTED}`],
    [`token ${TOKEN}.`, `token ${REDACTED}.`],
    [
      `https://c.example/?session_token=abc123&x=1`,
      `https://c.example/?session_token=${REDACTED}&x=1`,
    ],
    [`next=%3Fsession_token%3D${TOKEN}`, `next=%3Fsession_token%3D${REDACTED}`],
    ['Authorization: Bearer sk_live_whatever', `Authorization: Bearer ${REDACTED}`],
    ['{"secretKey":"abc-def-123"}', `{"secretKey":"${REDACTED}"}`],
    ['secret_key=abc-def-123;', `secret_key=${REDACTED};`],
  ])('%s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it('leaves ordinary text, ids and non-v4 UUIDs alone', () => {
    const text =
      'ipc: sessions:create: failed with offline (cus_4821, 123e4567-e89b-12d3-a456-426614174000)';
    expect(redactText(text)).toBe(text);
  });

  it('redacts live secrets of any shape, raw and URL-encoded, but not short strings', () => {
    const secret = 'weird key/with+chars';
    const text = `a ${secret} b ${encodeURIComponent(secret)} c abc`;
    expect(redactText(text, [secret, 'abc'])).toBe(`a ${REDACTED} b ${REDACTED} c abc`);
  });

  it('never lets a token or a v4 key through, whatever surrounds it', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const uuid = fc.uuid({ version: 4 });
    fc.assert(
      fc.property(fc.string(), hex, uuid, fc.string(), (before, tokenHex, key, after) => {
        const out = redactText(`${before}nango_connect_session_${tokenHex} ${key}${after}`);
        expect(out).not.toContain(tokenHex);
        expect(out.toLowerCase()).not.toContain(key.toLowerCase());
      }),
    );
  });
});

describe('redactValue', () => {
  it('prints an Error with its stack and cause, redacted', () => {
    const error = new Error(`bad ${KEY}`, { cause: new Error(TOKEN) });
    const out = redactValue(error);
    expect(out).toContain(`Error: bad ${REDACTED}`);
    expect(out).toMatch(/\n\s+at /);
    expect(out).toContain('[cause]');
    expect(out).not.toContain(TOKEN);
  });

  it('prints objects in full, redacted', () => {
    expect(redactValue({ headers: { authorization: `Bearer ${TOKEN}` } })).toBe(
      `{ headers: { authorization: 'Bearer ${REDACTED}' } }`,
    );
  });
});

describe('registeringSecretStore', () => {
  it('registers keys written and keys read, longest first', async () => {
    const registry = new SecretRegistry();
    const inner = new MemorySecretStore();
    await inner.set('p2', 'stored-before-this-run');
    const store = registeringSecretStore(inner, registry);
    await store.set('p1', 'written-this-run');
    await expect(store.get('p2')).resolves.toBe('stored-before-this-run');
    await expect(store.get('missing')).resolves.toBeNull();
    expect(registry.values()).toEqual(['stored-before-this-run', 'written-this-run']);
    await expect(store.delete('p1')).resolves.toBe(true);
  });
});
