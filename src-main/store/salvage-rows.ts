/**
 * Keeps what can be kept of a list that fails validation as a whole, so one bad field does not
 * cost the user a row, and one bad row does not cost them the rest of their saved data.
 */
import type { z } from 'zod';

/** What every settings document needs to tell the user about its file. */
export type Notify = (level: 'info' | 'warning', message: string) => void;

/** The outcome of salvaging a list. */
export interface SalvagedRows<T> {
  rows: T[];
  /** Rows kept only after a damaged field was replaced by its fallback. */
  repaired: number;
  /** Rows that could not be kept at all (still in the backup copy). */
  dropped: number;
}

/**
 * The rows of `data[key]`: each one that passes `schema` as it is, else as `lenient` repairs it
 * (a schema whose non-essential fields `.catch()` a fallback, e.g. a missing name), else none.
 * Undefined when there is no such list.
 */
export function salvageRows<T>(
  data: unknown,
  key: string,
  schema: z.ZodType<T>,
  lenient?: z.ZodType<T>,
): SalvagedRows<T> | undefined {
  const list = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) return undefined;
  const result: SalvagedRows<T> = { rows: [], repaired: 0, dropped: 0 };
  for (const row of list) {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      result.rows.push(parsed.data);
      continue;
    }
    const repaired = lenient?.safeParse(row);
    if (repaired?.success) {
      result.rows.push(repaired.data);
      result.repaired++;
    } else {
      result.dropped++;
    }
  }
  return result;
}
