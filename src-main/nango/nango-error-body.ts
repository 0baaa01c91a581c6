/**
 * Nango's error envelope, read leniently: `{"error":{"code","message"?,"errors"?,"payload"?}}`.
 * Anything else (an HTML page from a proxy, an empty body) reads as no code and no message.
 */
import { z } from 'zod';
import type { FieldError } from '../../src-shared/contract/result';

const issueSchema = z.object({
  code: z.string().optional(),
  message: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

const envelopeSchema = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    errors: z.array(issueSchema).optional(),
  }),
});

/** The parts of an error answer the client uses. */
export interface NangoErrorBody {
  code?: string;
  message?: string;
  issues: { code?: string; message?: string; path: string[] }[];
}

/** Reads the envelope from a body already parsed as JSON (or `undefined`). */
export function readErrorBody(body: unknown): NangoErrorBody {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return { issues: [] };
  const { code, message, errors = [] } = parsed.data.error;
  return {
    code,
    message,
    issues: errors.map((issue) => ({
      code: issue.code,
      message: issue.message,
      path: (issue.path ?? []).map(String),
    })),
  };
}

/** Field errors for the form, one per issue. `explain` may reword an issue. */
export function toFieldErrors(
  issues: NangoErrorBody['issues'],
  explain: (issue: NangoErrorBody['issues'][number]) => string | undefined,
): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path,
    message: explain(issue) ?? issue.message ?? 'Not accepted by Nango.',
  }));
}
