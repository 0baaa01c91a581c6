/**
 * Extra tags as key/value rows, added and removed freely.
 */
import { TAG_COUNT_MAX, TAG_KEY_RULE } from '../../../../src-shared/tags/tag-rules';
import { FieldErrorText } from '../../ui/field-error';
import type { TagFieldsForm } from './tag-fields-form';

export interface CustomTagRowsProps {
  form: TagFieldsForm;
  /** Makes the hint's and the set error's ids unique when two forms are on screen. */
  idPrefix?: string;
  /** Replaces the hint after the key rule (the create form's mentions handoff_id). */
  hint?: string;
  legend?: string;
  /** Prepended to each control's test id. */
  testIdPrefix?: string;
}

/** The custom tag rows and their "Add tag" button. */
export function CustomTagRows({
  form,
  idPrefix = 'custom-tags',
  hint = `Up to ${TAG_COUNT_MAX} tags in all, including Handoff’s own handoff_id and handoff_install.`,
  legend = 'More tags',
  testIdPrefix = '',
}: CustomTagRowsProps) {
  const rows = form.values.custom;
  const setErrors = form.errorsFor('tags');
  const hintId = `${idPrefix}-hint`;
  return (
    <fieldset className="fieldset">
      <legend className="field__label">
        {legend} <span className="field__optional">optional</span>
      </legend>
      <p className="field__hint" id={hintId}>
        {TAG_KEY_RULE} {hint}
      </p>
      {rows.map((row, index) => {
        const field = `custom:${row.id}` as const;
        const errors = form.errorsFor(field);
        const errorId = `custom-tag-error-${row.id}`;
        const invalid = !!errors;
        return (
          <div key={row.id} className="tag-row" data-testid={`${testIdPrefix}custom-tag-row`}>
            <div className="tag-row__inputs">
              <input
                className="input input--mono"
                aria-label={`Tag ${index + 1} key`}
                placeholder="key"
                spellCheck={false}
                maxLength={64}
                value={row.key}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : hintId}
                data-testid={`${testIdPrefix}custom-tag-key`}
                onChange={(event) => form.setRow(row.id, { key: event.target.value })}
                onBlur={() => form.touch(field)}
              />
              <input
                className="input"
                aria-label={`Tag ${index + 1} value`}
                placeholder="value"
                maxLength={255}
                value={row.value}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                data-testid={`${testIdPrefix}custom-tag-value`}
                onChange={(event) => form.setRow(row.id, { value: event.target.value })}
                onBlur={() => form.touch(field)}
              />
              <button
                type="button"
                className="button button--icon"
                aria-label={`Remove tag ${index + 1}`}
                data-testid={`${testIdPrefix}remove-tag`}
                onClick={() => form.removeRow(row.id)}
              >
                ×
              </button>
            </div>
            <FieldErrorText id={errorId} messages={errors} />
          </div>
        );
      })}
      <FieldErrorText id={`${idPrefix}-error`} messages={setErrors} />
      <button
        type="button"
        className="button button--ghost button--small"
        data-testid={`${testIdPrefix}add-tag`}
        onClick={form.addRow}
      >
        + Add tag
      </button>
    </fieldset>
  );
}
