/**
 * `npm run icons`: writes build/icons (icns, ico, Linux PNGs) from resources/icon.png.
 * Runs before packaging; the output is generated, not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ICON_SOURCE } from '../packaging/icon-files';
import { makeIcons } from '../packaging/make-icons';

const files = makeIcons(readFileSync(ICON_SOURCE));
for (const [path, data] of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
console.log(`icons: wrote ${files.size} files from ${ICON_SOURCE}`);
