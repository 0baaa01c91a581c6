/**
 * `node --import tsx scripts/check-fuses.ts <packaged binary or .app>...`: fails unless each
 * binary's fuses are exactly HANDOFF_FUSES. Run by package.yml after electron-builder.
 */
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseMismatches } from '../packaging/check-fuses';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: check-fuses <packaged binary or .app>...');
  process.exit(2);
}
async function main(): Promise<boolean> {
  let failed = false;
  for (const path of paths) {
    const mismatches = fuseMismatches(await getCurrentFuseWire(path));
    for (const m of mismatches) {
      console.error(
        `${path}: ${m.fuse} is ${m.actual}, expected ${m.expected ? 'ENABLE' : 'DISABLE'}`,
      );
    }
    if (mismatches.length === 0) console.log(`${path}: fuses locked down`);
    failed ||= mismatches.length > 0;
  }
  return !failed;
}

void main().then((ok) => process.exit(ok ? 0 : 1));
