import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, SealedBoxError, unseal } from './sealed-box';

const key = randomBytes(32);
const TOKEN = `nango_connect_session_${'ab'.repeat(32)}`;

describe('sealed box (AES-256-GCM)', () => {
  it('round-trips and never shows the plaintext', () => {
    const text = seal(key, 'p', JSON.stringify({ token: TOKEN }));
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('nango_connect_session');
    expect(JSON.parse(unseal(key, 'p', text))).toEqual({ token: TOKEN });
  });

  it('uses a fresh IV for every seal', () => {
    const a = JSON.parse(seal(key, 'p', 'same'));
    const b = JSON.parse(seal(key, 'p', 'same'));
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
  });

  it('refuses an altered ciphertext, tag or IV (the auth tag is checked)', () => {
    const box = JSON.parse(seal(key, 'p', 'secret payload'));
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    for (const field of ['data', 'tag', 'iv'] as const) {
      const altered = JSON.stringify({ ...box, [field]: flip(box[field]) });
      expect(() => unseal(key, 'p', altered)).toThrow(SealedBoxError);
    }
  });

  it('refuses another key, another purpose, and anything not sealed', () => {
    const text = seal(key, 'sessions', 'x');
    expect(() => unseal(randomBytes(32), 'sessions', text)).toThrow(SealedBoxError);
    expect(() => unseal(key, 'ledger', text)).toThrow(SealedBoxError);
    for (const junk of ['', '{', '{"version":1,"data":{}}', 'null', '[]']) {
      expect(() => unseal(key, 'sessions', junk)).toThrow(SealedBoxError);
    }
    expect(() => seal(randomBytes(16), 'p', 'x')).toThrow(SealedBoxError);
  });
});
