/** Checks a 2xx body against its schema; a mismatch is `bad_response`, never a crash later. */
import type { z } from 'zod';
import { NangoError } from './nango-error';

/** Parses `body` with `schema` or throws NangoError('bad_response'). */
export function parseResponse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.') || 'the body';
  // Only the path goes in the message: values could be anything the server sent.
  return failShape(where);
}

function failShape(where: string): never {
  throw new NangoError(
    'bad_response',
    `Nango's answer had an unexpected shape (at ${where}). Check that the API URL points at a Nango server.`,
  );
}
