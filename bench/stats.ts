/**
 * Summaries of repeated measurements: median and p90 (nearest rank), as the bench reports them.
 */

/** A measured figure over several repetitions. */
export interface Sample {
  median: number;
  p90: number;
  runs: number;
}

/** Median and p90 of `values` (nearest-rank percentiles; at least one value). */
export function summarise(values: readonly number[]): Sample {
  if (values.length === 0) throw new Error('summarise: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { median: rank(0.5), p90: rank(0.9), runs: sorted.length };
}

/** Runs `fn` `runs` times after `warmUp` unrecorded runs; returns each recorded result. */
export async function repeat(
  runs: number,
  fn: () => Promise<number>,
  warmUp = 1,
): Promise<number[]> {
  for (let i = 0; i < warmUp; i += 1) await fn();
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) values.push(await fn());
  return values;
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
