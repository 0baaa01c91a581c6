/**
 * The submit wiring both validating forms share (the create form and the desk's connection
 * forms): submit without a page load, move focus to the first invalid field after each
 * attempt, and keep focus where it is while a footer button is pressed, so a field's blur
 * error cannot push the button away before the click lands.
 */
import { useEffect, useRef, type FormEvent, type MouseEvent, type RefObject } from 'react';
import type { AppError } from '../../../src-shared/contract/result';

/** What {@link useFormSubmit} needs from a form's controller. */
export interface SubmittableForm {
  submit: () => Promise<void>;
  /** Bumped on every submit attempt. */
  attempt: number;
  submitError: AppError | null;
}

/** What {@link useFormSubmit} returns: the form's ref and handlers. */
export interface FormSubmit {
  /** Goes on the `<form>`: where the first invalid field is looked for. */
  formRef: RefObject<HTMLFormElement | null>;
  /** The form's `onSubmit`. */
  onSubmit: (event: FormEvent) => void;
  /**
   * The `onMouseDown` of the footer's buttons (submit, cancel). Pressing them leaves focus in
   * the field, so its blur error does not appear and shift the buttons mid-click; the submit
   * shows every error anyway and moves focus to the first one.
   */
  keepFocus: (event: MouseEvent) => void;
}

/** Submit, focus-first-error and press handling for `form`. */
export function useFormSubmit(form: SubmittableForm): FormSubmit {
  const formRef = useRef<HTMLFormElement>(null);
  const { attempt, submitError } = form;

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, submitError]);

  return {
    formRef,
    onSubmit: (event) => {
      event.preventDefault();
      void form.submit();
    },
    keepFocus: (event) => event.preventDefault(),
  };
}
