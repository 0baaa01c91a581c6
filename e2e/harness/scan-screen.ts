/**
 * Reads QR codes off whole screenshots, as a phone camera pointed at the screen would, and
 * proves where there is none: a region can be blanked out (painted white) or cropped before
 * decoding, so a test can show that only one code on the screen is readable.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A rectangle in screenshot pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A decoded code: its text and the size of one module in screenshot pixels. */
export interface Scan {
  text: string;
  modulePx: number;
}

/** Decodes the (one) code jsQR finds in `png`, or null. */
export function scanPng(png: Buffer | PNG): Scan | null {
  const image = Buffer.isBuffer(png) ? PNG.sync.read(png) : png;
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  const code = jsQR(data, image.width, image.height);
  if (!code) return null;
  // Finder centres sit 3.5 modules in from each edge of the symbol: (dimension − 7) apart.
  const dimension = code.version * 4 + 17;
  const { topLeftFinderPattern: a, topRightFinderPattern: b } = code.location;
  const modulePx = Math.hypot(b.x - a.x, b.y - a.y) / (dimension - 7);
  return { text: code.data, modulePx };
}

/** A copy of `png` with `boxes` painted white. */
export function blankOut(png: Buffer, boxes: Box[]): PNG {
  const image = PNG.sync.read(png);
  for (const box of boxes) {
    const x0 = Math.max(0, Math.floor(box.x));
    const y0 = Math.max(0, Math.floor(box.y));
    const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
    const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
    for (let y = y0; y < y1; y += 1) {
      image.data.fill(255, (y * image.width + x0) * 4, (y * image.width + x1) * 4);
    }
  }
  return image;
}

/** The part of `png` inside `box`. */
export function crop(png: Buffer, box: Box): PNG {
  const image = PNG.sync.read(png);
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width - x0, Math.ceil(box.width));
  const height = Math.min(image.height - y0, Math.ceil(box.height));
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, x0, y0, width, height, 0, 0);
  return out;
}

/**
 * True when the code in `box` (the whole symbol, quiet zone included) has a light quiet zone:
 * every pixel in the band `quietModules` modules wide along its four edges is near white.
 */
export function hasLightQuietZone(
  png: Buffer,
  box: Box,
  modulePx: number,
  quietModules = 4,
): boolean {
  const image = crop(png, box);
  // Half a module short of the symbol, so anti-aliasing at its edge does not count.
  const band = Math.floor((quietModules - 0.5) * modulePx);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const inBand = x < band || y < band || x >= image.width - band || y >= image.height - band;
      if (!inBand) continue;
      const i = (y * image.width + x) * 4;
      if (Math.min(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!) < 230) return false;
    }
  }
  return true;
}
