import { describe, expect, it } from 'vitest';
import { TAG_KEY_RULE } from '../../../src-shared/tags/tag-rules';
import { addFieldError, clearFieldError, hasNoErrors } from './field-errors';
import { fieldKeyForPath, mapServerFieldErrors } from './server-field-errors';
import { emptyTagForm, newCustomRow, type TagFormValues } from './tag-form';

const values: TagFormValues = {
  standard: { ...emptyTagForm().standard, end_user_email: 'dana@acme' },
  custom: [{ ...newCustomRow(), key: 'Region', value: 'eu' }],
};
const rowField = `custom:${values.custom[0]!.id}`;

describe('mapServerFieldErrors', () => {
  it('puts tag errors under the field that holds the tag', () => {
    const errors = mapServerFieldErrors(
      [
        { path: ['tags', 'end_user_email'], message: 'Invalid email' },
        { path: ['tags', 'region'], message: 'Too long' },
        { path: ['tags'], message: 'Too many keys' },
      ],
      values,
    );
    expect(errors['tag:end_user_email']).toEqual(['Invalid email']);
    expect(errors[rowField as 'tags']).toEqual(['Too long']);
    expect(errors.tags).toEqual(['Too many keys']);
  });
  it("explains Nango's generic invalid key message", () => {
    const errors = mapServerFieldErrors(
      [{ path: ['tags', 'Region'], message: 'Invalid key in record' }],
      values,
    );
    expect(errors[rowField as 'tags']).toEqual([TAG_KEY_RULE]);
  });
  it('maps integrations, end_user objects and the rest', () => {
    expect(fieldKeyForPath(['allowed_integrations', '1'], values)).toBe('integrations');
    expect(fieldKeyForPath(['allowedIntegrations'], values)).toBe('integrations');
    expect(fieldKeyForPath(['end_user', 'email'], values)).toBe('tag:end_user_email');
    expect(fieldKeyForPath(['end_user'], values)).toBe('form');
    expect(fieldKeyForPath([], values)).toBe('form');
  });
});

describe('field error helpers', () => {
  it('adds without duplicates, clears, and reports emptiness', () => {
    let errors = addFieldError({}, 'tags', 'a');
    errors = addFieldError(errors, 'tags', 'a');
    expect(errors.tags).toEqual(['a']);
    expect(hasNoErrors(errors)).toBe(false);
    expect(hasNoErrors(clearFieldError(errors, 'tags'))).toBe(true);
    expect(clearFieldError(errors, 'form')).toBe(errors);
  });
});
