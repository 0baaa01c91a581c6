/**
 * Maps Nango's field errors (`error.fields`, paths like `['tags', 'end_user_email']`) onto the
 * create form's fields, so they show in the same inline places as the local checks.
 */
import type { FieldError } from '../../../src-shared/contract/result';
import { TAG_KEY_RULE } from '../../../src-shared/tags/tag-rules';
import { addFieldError, type FieldErrorMap, type FieldKey } from './field-errors';
import { fieldKeyForTag, type TagFormValues } from './tag-form';

// The deprecated end_user / organization objects generate these tags.
const OBJECT_FIELD_TAGS: Record<string, string> = {
  'end_user.id': 'end_user_id',
  'end_user.email': 'end_user_email',
  'end_user.display_name': 'end_user_display_name',
  'organization.id': 'organization_id',
};

/** Maps one server path to the form field that shows it. */
export function fieldKeyForPath(path: string[], values: TagFormValues): FieldKey {
  const [head, second] = path;
  if (head === 'tags') return second === undefined ? 'tags' : fieldKeyForTag(second, values);
  if (head === 'allowed_integrations' || head === 'allowedIntegrations') return 'integrations';
  const tag = OBJECT_FIELD_TAGS[path.slice(0, 2).join('.')];
  if (tag) return fieldKeyForTag(tag, values);
  return 'form';
}

/**
 * Maps Nango's field errors onto the form. Nango's generic "Invalid key in record" is replaced
 * by the key rule in words, because the server does not explain it.
 */
export function mapServerFieldErrors(fields: FieldError[], values: TagFormValues): FieldErrorMap {
  let errors: FieldErrorMap = {};
  for (const field of fields) {
    const message = /invalid key in record/i.test(field.message) ? TAG_KEY_RULE : field.message;
    errors = addFieldError(errors, fieldKeyForPath(field.path, values), message);
  }
  return errors;
}
