/**
 * Bundles page-bridge.ts (the real buildApi and start-up prefetch) into one script for
 * addInitScript.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

let cached: string | undefined;

/** The bridge as an IIFE script. */
export function pageBridgeScript(): string {
  cached ??= buildSync({
    entryPoints: [resolve(__dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  }).outputFiles[0]!.text;
  return cached;
}
