/**
 * The bench's table: each figure of issue 14 with its floor from the same run, its ratio to
 * the floor and its goal. A value is a summary of repetitions, a single number, or a note
 * (e.g. "n/a – not implemented").
 */
import type { Sample } from './stats';

/** A measured value. */
export type Value = Sample | number | string;

/** One row of the table. */
export interface Figure {
  id: string;
  name: string;
  unit: string;
  value: Value;
  floorName?: string;
  floor?: Value;
  goal: string;
}

/** The number a value compares by (its median), or null for a note. */
export function central(value: Value | undefined): number | null {
  if (value === undefined || typeof value === 'string') return null;
  return typeof value === 'number' ? value : value.median;
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

/** "12.3 ms (p90 14.0, 10 runs)", "5,432 nodes", or the note as is. */
export function formatValue(value: Value | undefined, unit: string): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return `${fmt(value)} ${unit}`;
  return `${fmt(value.median)} ${unit} (p90 ${fmt(value.p90)}, n=${value.runs})`;
}

/** value ÷ floor by medians, e.g. "3.10×", or "—". */
export function formatRatio(figure: Figure): string {
  const a = central(figure.value);
  const b = central(figure.floor);
  if (a === null || b === null || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}
