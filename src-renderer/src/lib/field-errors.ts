/**
 * Field-level errors keyed by where the create form shows them, whether they come from the
 * local tag rules or from Nango (`error.fields` with paths like `['tags', 'end_user_email']`).
 */
import type { StandardTagKey } from './tag-form';

/**
 * Where an error is shown: a standard tag field, a custom row, the tag set as a whole, the
 * integration picker, or the form itself (anything else).
 */
export type FieldKey =
  `tag:${StandardTagKey}` | `custom:${string}` | 'tags' | 'integrations' | 'form';

/** Messages per field. */
export type FieldErrorMap = Partial<Record<FieldKey, string[]>>;

/** Returns a copy of `errors` with `message` added under `field` (no duplicates). */
export function addFieldError(
  errors: FieldErrorMap,
  field: FieldKey,
  message: string,
): FieldErrorMap {
  const current = errors[field] ?? [];
  if (current.includes(message)) return errors;
  return { ...errors, [field]: [...current, message] };
}

/** True when there is no error at all. */
export function hasNoErrors(errors: FieldErrorMap): boolean {
  return Object.values(errors).every((messages) => !messages || messages.length === 0);
}

/** Drops the errors of one field (when the user edits it). */
export function clearFieldError(errors: FieldErrorMap, field: FieldKey): FieldErrorMap {
  if (!errors[field]) return errors;
  const next = { ...errors };
  delete next[field];
  return next;
}

/**
 * The messages a field shows: its local ones once `showLocal` (touched or submitted), the
 * server's always; without repeats, or `undefined` when there are none.
 */
export function shownErrors(
  local: readonly string[] | undefined,
  server: readonly string[] | undefined,
  showLocal: boolean,
): string[] | undefined {
  const messages = [...(showLocal ? (local ?? []) : []), ...(server ?? [])];
  return messages.length > 0 ? [...new Set(messages)] : undefined;
}
