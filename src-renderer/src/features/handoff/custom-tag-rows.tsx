/**
 * Extra tags as key/value rows, added and removed freely.
 */
import { TAG_COUNT_MAX, TAG_KEY_RULE } from '../../../../src-shared/tags/tag-rules';
import { FieldErrorText } from '../../ui/field-error';
import type { CreateForm } from './use-create-form';

/** Props for {@link CustomTagRows}. */
export interface CustomTagRowsProps {
  form: CreateForm;
}

/** The custom tag rows and their "Add tag" button. */
export function CustomTagRows({ form }: CustomTagRowsProps) {
  const rows = form.values.custom;
  const setErrors = form.errorsFor('tags');
  return (
    <fieldset className="fieldset">
      <legend className="field__label">
        More tags <span className="field__optional">optional</span>
      </legend>
      <p className="field__hint" id="custom-tags-hint">
        {TAG_KEY_RULE} Up to {TAG_COUNT_MAX} tags in all, including Handoff’s own handoff_id.
      </p>
      {rows.map((row, index) => {
        const field = `custom:${row.id}` as const;
        const errors = form.errorsFor(field);
        const errorId = `custom-tag-error-${row.id}`;
        const invalid = !!errors;
        return (
          <div key={row.id} className="tag-row" data-testid="custom-tag-row">
            <div className="tag-row__inputs">
              <input
                className="input input--mono"
                aria-label={`Tag ${index + 1} key`}
                placeholder="key"
                spellCheck={false}
                maxLength={64}
                value={row.key}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : 'custom-tags-hint'}
                data-testid="custom-tag-key"
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
                data-testid="custom-tag-value"
                onChange={(event) => form.setRow(row.id, { value: event.target.value })}
                onBlur={() => form.touch(field)}
              />
              <button
                type="button"
                className="button button--icon"
                aria-label={`Remove tag ${index + 1}`}
                data-testid="remove-tag"
                onClick={() => form.removeRow(row.id)}
              >
                ×
              </button>
            </div>
            <FieldErrorText id={errorId} messages={errors} />
          </div>
        );
      })}
      <FieldErrorText id="custom-tags-error" messages={setErrors} />
      <button
        type="button"
        className="button button--ghost button--small"
        data-testid="add-tag"
        onClick={form.addRow}
      >
        + Add tag
      </button>
    </fieldset>
  );
}
