/**
 * Sizes of a built web app's JavaScript: the initial chunk (what index.html loads before first
 * paint: its module script and modulepreloads) and all chunks, raw and gzipped. Shared by the
 * bench and the bundle budget check, since size, unlike time, is deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzipped bytes. */
export interface Size {
  raw: number;
  gzip: number;
}

/** A build's JavaScript sizes. */
export interface BundleSizes {
  /** index.html's module script plus everything it modulepreloads. */
  initial: Size;
  /** Every .js file in the build. */
  total: Size;
  /** Per file, relative to the build folder. */
  files: Record<string, Size>;
}

/** The size of one file's contents (gzip at level 9, as a server would send it). */
function sizeOf(bytes: Buffer): Size {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

/** Script and modulepreload URLs in index.html, as paths relative to the build folder. */
export function initialScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  return [...new Set(urls)];
}

/** Measures the build in `dir` (which has an index.html). */
export function measureBundle(dir: string): BundleSizes {
  const files: Record<string, Size> = {};
  for (const file of jsFiles(dir)) files[relative(dir, file)] = sizeOf(readFileSync(file));
  const initialNames = initialScripts(readFileSync(join(dir, 'index.html'), 'utf8'));
  const zero: Size = { raw: 0, gzip: 0 };
  return {
    initial: initialNames.map((n) => files[n] ?? zero).reduce(add, zero),
    total: Object.values(files).reduce(add, zero),
    files,
  };
}
