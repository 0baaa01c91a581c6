/**
 * The create form's tag fields: the standard end-user tags plus free key/value rows, turned into
 * the `tags` object main sends to Nango, and checked with Nango's own rules before sending.
 */
import type { Tags } from '../../../src-shared/models/session';
import {
  HANDOFF_OWN_TAGS,
  HANDOFF_TAG,
  INSTALL_TAG,
  TAG_COUNT_MAX,
  validateTags,
} from '../../../src-shared/tags/tag-rules';
import { addFieldError, type FieldErrorMap, type FieldKey } from './field-errors';

/** The well-known tags Nango derives from an end user, in form order. */
export const STANDARD_TAG_KEYS = [
  'end_user_id',
  'end_user_email',
  'end_user_display_name',
  'organization_id',
] as const;

/** One of {@link STANDARD_TAG_KEYS}. */
export type StandardTagKey = (typeof STANDARD_TAG_KEYS)[number];

/** A free key/value row; `id` is local, only to keep React keys and errors stable. */
export interface CustomTagRow {
  id: string;
  key: string;
  value: string;
}

/** Everything typed into the tag part of the create form. */
export interface TagFormValues {
  standard: Record<StandardTagKey, string>;
  custom: CustomTagRow[];
}

export interface TagFormRules {
  /** Whether `end_user_id` must be filled (on by default). */
  requireEndUserId: boolean;
  /**
   * Whether Handoff adds its own `handoff_id` (on by default, as for a new connect session):
   * it then counts toward the limit and cannot be typed. Off for a saved connection's tags,
   * which a reconnect resends exactly as they are.
   */
  reserveHandoffTag?: boolean;
}

// A placeholder for the tag main adds, so the 10-tag limit is checked as Nango will see it.
const HANDOFF_PLACEHOLDER = 'placeholder-handoff-id';
let rowCounter = 0;

/** A fresh, empty custom row. */
export function newCustomRow(): CustomTagRow {
  rowCounter += 1;
  return { id: `row-${rowCounter}`, key: '', value: '' };
}

export function emptyTagForm(): TagFormValues {
  return {
    standard: {
      end_user_id: '',
      end_user_email: '',
      end_user_display_name: '',
      organization_id: '',
    },
    custom: [],
  };
}

/**
 * The form holding an existing tag set (e.g. a saved connection's): the standard keys in their
 * fields, every other tag as a custom row.
 */
export function tagFormFromTags(tags: Tags): TagFormValues {
  const values = emptyTagForm();
  for (const [key, value] of Object.entries(tags)) {
    const standard = STANDARD_TAG_KEYS.find((k) => k === key);
    if (standard) values.standard[standard] = value;
    else values.custom.push({ ...newCustomRow(), key, value });
  }
  return values;
}

/**
 * The tags to send: trimmed, empty standard fields and blank rows left out. Later rows never
 * overwrite earlier keys (validation reports such duplicates).
 */
export function tagsFromForm(values: TagFormValues): Tags {
  const tags: Tags = {};
  for (const key of STANDARD_TAG_KEYS) {
    const value = values.standard[key].trim();
    if (value) tags[key] = value;
  }
  for (const row of values.custom) {
    const key = row.key.trim();
    if (key && !Object.hasOwn(tags, key)) tags[key] = row.value.trim();
  }
  return tags;
}

/** The form field a tag key belongs to: a standard field, a custom row, or the tag set. */
export function fieldKeyForTag(tagKey: string, values: TagFormValues): FieldKey {
  const lower = tagKey.toLowerCase();
  const standard = STANDARD_TAG_KEYS.find((key) => key === lower);
  if (standard && values.standard[standard].trim()) return `tag:${standard}`;
  const row = values.custom.find((r) => r.key.trim().toLowerCase() === lower);
  if (row) return `custom:${row.id}`;
  return standard ? `tag:${standard}` : 'tags';
}

/**
 * Every problem in the tag fields, keyed by field. Uses the shared `validateTags` with a
 * placeholder `handoff_id` and `handoff_install` included, since main adds them and they count
 * toward the limit.
 */
export function validateTagForm(
  values: TagFormValues,
  rules: TagFormRules = { requireEndUserId: true },
): FieldErrorMap {
  const reserve = rules.reserveHandoffTag ?? true;
  let errors: FieldErrorMap = {};
  if (rules.requireEndUserId && !values.standard.end_user_id.trim()) {
    errors = addFieldError(errors, 'tag:end_user_id', "Enter the customer's id.");
  }
  const used = new Set(
    STANDARD_TAG_KEYS.filter((key) => values.standard[key].trim()).map((key) => key as string),
  );
  const rowsToCheck: CustomTagRow[] = [];
  for (const row of values.custom) {
    const key = row.key.trim();
    const field: FieldKey = `custom:${row.id}`;
    if (!key) {
      if (row.value.trim()) errors = addFieldError(errors, field, 'Enter a key for this value.');
      continue;
    }
    const lower = key.toLowerCase();
    if (reserve && HANDOFF_OWN_TAGS.includes(lower)) {
      errors = addFieldError(errors, field, `${lower} is added by Handoff; pick another key.`);
    } else if (used.has(lower)) {
      errors = addFieldError(errors, field, `"${key}" is already used (Nango lowercases keys).`);
    } else {
      used.add(lower);
      rowsToCheck.push(row);
    }
  }
  const tags = tagsFromForm({ standard: values.standard, custom: rowsToCheck });
  const checked = reserve
    ? { ...tags, [HANDOFF_TAG]: HANDOFF_PLACEHOLDER, [INSTALL_TAG]: HANDOFF_PLACEHOLDER }
    : tags;
  for (const error of validateTags(checked)) {
    const tagKey = error.path[1];
    if (reserve && tagKey !== undefined && HANDOFF_OWN_TAGS.includes(tagKey)) continue;
    const field = tagKey === undefined ? 'tags' : fieldKeyForTag(tagKey, values);
    const message =
      !reserve && tagKey === undefined
        ? `At most ${TAG_COUNT_MAX} tags; this has ${Object.keys(checked).length}.`
        : error.message;
    errors = addFieldError(errors, field, message);
  }
  return errors;
}
