/**
 * Every app icon from one square PNG: `.icns` (macOS), `.ico` (Windows) and the PNG sizes
 * Linux desktops use. Pure (buffers in, buffers out); scripts/make-icons.ts writes them.
 */
import { join } from 'node:path';
import { BICUBIC2, createICNS, createICO } from 'png2icons';
import { ICONS, PNG_SIZES } from './icon-files';

/** One embedded image of an `.ico` file. */
export interface IcoEntry {
  width: number;
  height: number;
  data: Buffer;
}

/** Reads an `.ico` directory (ICONDIR + ICONDIRENTRYs); a size byte of 0 means 256. */
export function readIco(ico: Buffer): IcoEntry[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('Not an ICO file');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16;
    const size = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return {
      width: ico.readUInt8(entry) || 256,
      height: ico.readUInt8(entry + 1) || 256,
      data: ico.subarray(offset, offset + size),
    };
  });
}

/** Reads an `.icns` file's chunks by type (`ic09` is the 512 px PNG). */
export function readIcns(icns: Buffer): Map<string, Buffer> {
  if (icns.toString('latin1', 0, 4) !== 'icns') throw new Error('Not an ICNS file');
  const chunks = new Map<string, Buffer>();
  const end = icns.readUInt32BE(4);
  for (let at = 8; at + 8 <= end;) {
    const length = icns.readUInt32BE(at + 4);
    if (length < 8) break;
    chunks.set(icns.toString('latin1', at, at + 4), icns.subarray(at + 8, at + length));
    at += length;
  }
  return chunks;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isPng = (data: Buffer) => data.subarray(0, 8).equals(PNG_SIGNATURE);

/** Builds every icon from `source`; keys are paths relative to the project root. */
export function makeIcons(source: Buffer): Map<string, Buffer> {
  if (!isPng(source)) throw new Error('The icon source must be a PNG');
  const width = source.readUInt32BE(16);
  const height = source.readUInt32BE(20);
  if (width !== height || width < 512) {
    throw new Error(`The icon source must be square and at least 512 px (is ${width}×${height})`);
  }
  const icns = createICNS(source, BICUBIC2, 0);
  // For the .exe: PNG for large sizes, BMP below 64 px (older Windows shows only those).
  const ico = createICO(source, BICUBIC2, 0, false, true);
  // An all-PNG .ico is a convenient source of the small PNGs, scaled the same way.
  const pngIco = createICO(source, BICUBIC2, 0, true);
  if (!icns || !ico || !pngIco) throw new Error('png2icons could not convert the icon source');

  const pngs = new Map<number, Buffer>(readIco(pngIco).map((e) => [e.width, e.data]));
  const png512 = readIcns(icns).get('ic09');
  if (png512) pngs.set(512, png512);
  if (width === 512) pngs.set(512, source);

  const files = new Map<string, Buffer>([
    [ICONS.icns, icns],
    [ICONS.ico, ico],
  ]);
  for (const size of PNG_SIZES) {
    const png = pngs.get(size);
    if (!png || !isPng(png)) throw new Error(`No ${size} px PNG was produced`);
    files.set(join(ICONS.pngFolder, `${size}x${size}.png`), png);
  }
  return files;
}
