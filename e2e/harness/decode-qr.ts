/**
 * Decodes a QR code from a PNG screenshot, as a phone's camera would read the screen.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text in the QR code, or null when none can be read. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(data, image.width, image.height)?.data ?? null;
}
