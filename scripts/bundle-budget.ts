/**
 * The bundle budget: gzipped kilobytes allowed for the renderer's initial chunk(s) and for all
 * of its JavaScript, and the check against a measured build.
 */
import type { BundleSizes } from './bundle-size';

/** bench/bundle-budget.json. */
export interface BundleBudget {
  /** kB (1000 bytes) gzipped for what index.html loads before first paint. */
  initialGzipKb: number;
  /** kB gzipped for every chunk, lazy ones included. */
  totalGzipKb: number;
}

/** One line per figure, and whether all are within budget. */
export function checkBudget(
  sizes: BundleSizes,
  budget: BundleBudget,
): { lines: string[]; ok: boolean } {
  const rows: [string, number, number][] = [
    ['initial chunk(s)', sizes.initial.gzip / 1000, budget.initialGzipKb],
    ['all chunks', sizes.total.gzip / 1000, budget.totalGzipKb],
  ];
  const lines = rows.map(
    ([name, kb, max]) =>
      `${kb <= max ? 'ok  ' : 'OVER'} renderer JS ${name}: ${kb.toFixed(1)} kB gzip (budget ${max} kB)`,
  );
  return { lines, ok: rows.every(([, kb, max]) => kb <= max) };
}
