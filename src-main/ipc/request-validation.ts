/**
 * Turns a zod failure into the `invalid_request` error the renderer gets: every failing path
 * as strings, and a message naming them. Issue messages describe the expected shape, never
 * the received value, so nothing the caller sent (a secret key, say) is echoed back.
 */
import type { z } from 'zod';
import type { AppError, FieldError } from '../../src-shared/contract/result';
import { describePaths } from './to-app-error';

/** Bounds the reply to a hostile payload with thousands of bad entries. */
const MAX_FIELDS = 50;
/** Bounds path segments echoed back (an unknown key could be megabytes long). */
const MAX_SEGMENT_LENGTH = 100;

const segment = (key: PropertyKey): string => String(key).slice(0, MAX_SEGMENT_LENGTH);

/** One FieldError per issue; an unknown-keys issue becomes one per key, at the key's path. */
function fieldErrors(error: z.ZodError): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(segment);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        fields.push({ path: [...path, segment(key)], message: 'Unexpected field' });
    } else {
      fields.push({ path, message: issue.message });
    }
  }
  return fields.slice(0, MAX_FIELDS);
}

/** The `invalid_request` error for a payload that failed its channel's schema. */
export function invalidRequest(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  return {
    code: 'invalid_request',
    message: `The request was not valid: check ${describePaths(fields)}.`,
    fields,
  };
}
