/**
 * AES-256-GCM sealing of one document with a 256-bit data key: a fresh random 96-bit IV per
 * seal, the auth tag checked on open, and a purpose string bound in as additional data so a
 * sealed file cannot be passed off as another kind of document.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Bytes in a data key. */
export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The file format: JSON, so a person opening the file sees what it is (and nothing readable). */
const sealedSchema = z.object({
  format: z.literal('handoff-sealed'),
  v: z.literal(1),
  alg: z.literal('aes-256-gcm'),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});

/** Why a sealed document could not be opened. */
export class SealedBoxError extends Error {
  override readonly name = 'SealedBoxError';
}

/** Seals `plaintext` for `purpose`. */
export function seal(key: Buffer, purpose: string, plaintext: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return JSON.stringify({
    format: 'handoff-sealed',
    v: 1,
    alg: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  });
}

/** Opens what {@link seal} made. Throws {@link SealedBoxError} for anything else or a wrong key. */
export function unseal(key: Buffer, purpose: string, text: string): string {
  checkKey(key);
  let box: z.infer<typeof sealedSchema>;
  try {
    box = sealedSchema.parse(JSON.parse(text));
  } catch {
    throw new SealedBoxError('not a sealed Handoff document');
  }
  const iv = Buffer.from(box.iv, 'base64');
  const tag = Buffer.from(box.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SealedBoxError('malformed IV or auth tag');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(box.data, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new SealedBoxError('the auth tag did not match (wrong key or altered file)');
  }
}

function checkKey(key: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new SealedBoxError('a data key is 32 bytes');
}
