/**
 * A labelled text input with an optional hint and inline errors, wired for screen readers.
 */
import { useId, type InputHTMLAttributes } from 'react';
import { FieldErrorText } from './field-error';

/** Props for {@link TextField}: a label, errors, and the usual input attributes. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  errors?: string[] | undefined;
  testId?: string;
  /** Shows "optional" next to the label. */
  optional?: boolean;
  /** A small code badge after the label, e.g. the tag key the field fills. */
  badge?: string;
}

/** A text input with its label, hint and errors. */
export function TextField({
  label,
  value,
  onValueChange,
  hint,
  errors,
  testId,
  optional,
  badge,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = !!errors && errors.length > 0;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        <span className="field__text">{label}</span>
        {input.required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
        {optional ? <span className="field__optional">optional</span> : null}
      </label>
      <input
        {...input}
        id={id}
        className="input"
        value={value}
        data-testid={testId}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {badge ? (
        <p className="field__badge" title={`Sent to Nango as the ${badge} tag`}>
          {badge}
        </p>
      ) : null}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={errorId} messages={errors} />
    </div>
  );
}
