import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICON_SOURCE, ICONS, PNG_SIZES } from './icon-files';
import { makeIcons, readIcns, readIco } from './make-icons';

const source = readFileSync(ICON_SOURCE);
const files = makeIcons(source);

describe('makeIcons (from the one source image)', () => {
  it('writes the macOS icns with the retina sizes', () => {
    const icns = files.get(ICONS.icns)!;
    const chunks = readIcns(icns);
    // ic07-ic10: 128, 256, 512 and 1024 px (512@2x); ic11-ic14: the @2x small sizes.
    expect([...chunks.keys()]).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('writes the Windows ico with sizes from 16 to 256 px', () => {
    const entries = readIco(files.get(ICONS.ico)!);
    expect(entries.map((e) => e.width).sort((a, b) => a - b)).toEqual([
      16, 24, 32, 48, 64, 72, 96, 128, 256,
    ]);
  });

  it.each(PNG_SIZES)('writes a real %i px PNG for Linux', (size) => {
    const png = PNG.sync.read(files.get(join(ICONS.pngFolder, `${size}x${size}.png`))!);
    expect([png.width, png.height]).toEqual([size, size]);
    // Not blank: the icon's blue shows at the centre of every size.
    const centre = (Math.floor(size / 2) * size + Math.floor(size / 2)) * 4;
    expect(png.data[centre + 3]).toBeGreaterThan(0);
  });

  it('refuses a source that is not a square PNG of at least 512 px', () => {
    expect(() => makeIcons(Buffer.from('not a png'))).toThrow(/must be a PNG/);
    const small = PNG.sync.write(new PNG({ width: 64, height: 64 }));
    expect(() => makeIcons(small)).toThrow(/at least 512 px/);
  });
});
