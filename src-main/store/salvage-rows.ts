/**
 * Keeps the valid rows of a list that fails validation as a whole, so one bad entry does not
 * cost the user the rest of their saved data.
 */
import type { z } from 'zod';

/** The rows of `data[key]` that pass `schema`, or undefined when there is no such list. */
export function salvageRows<T>(data: unknown, key: string, schema: z.ZodType<T>): T[] | undefined {
  const rows = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(rows)) return undefined;
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What every settings document needs to tell the user about its file. */
export type Notify = (level: 'info' | 'warning', message: string) => void;
