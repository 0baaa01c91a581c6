/**
 * "New handoff": who the link is for, which integrations, and the button that makes the QR.
 */
import { useEffect, useRef, type FormEvent } from 'react';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { useIntegrationsStore } from '../../stores/use-integrations-store';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import { CustomTagRows } from './custom-tag-rows';
import { IntegrationPicker } from './integration-picker';
import { StandardTagFields } from './standard-tag-fields';
import { useCreateForm } from './use-create-form';

/** Props for {@link CreateSessionForm}. */
export interface CreateFormProps {
  profile: ProfileView;
}

/** The create form for the active profile. */
export function CreateSessionForm({ profile }: CreateFormProps) {
  const entry = useIntegrationsStore((s) => s.byProfile[profile.id]);
  const load = useIntegrationsStore((s) => s.load);
  const mode = entry?.result?.available ? 'list' : 'text';
  const form = useCreateForm(profile.id, mode);
  const formRef = useRef<HTMLFormElement>(null);
  const testedAt = profile.capabilities?.testedAt;

  useEffect(() => {
    void load(profile.id);
  }, [load, profile.id, profile.key.status, testedAt]);

  useEffect(() => {
    if (form.attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.attempt, form.submitError]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };

  return (
    <form
      ref={formRef}
      className="create-form panel"
      aria-labelledby="create-title"
      data-testid="create-form"
      noValidate
      onSubmit={onSubmit}
    >
      <header className="panel__header">
        <h1 id="create-title" className="panel__title">
          New handoff
        </h1>
        <p className="muted small">
          A connect link for one customer, valid 30 minutes. Using <strong>{profile.name}</strong>.
        </p>
      </header>
      <StandardTagFields form={form} />
      <CustomTagRows form={form} />
      <IntegrationPicker form={form} entry={entry} onReload={() => void load(profile.id)} />
      <FieldErrorText id="create-form-error" messages={form.errorsFor('form')} />
      <ErrorAlert error={form.submitError} />
      <div className="create-form__footer">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={form.pending}
          aria-busy={form.pending}
          data-testid="create-submit"
        >
          {form.pending ? 'Creating link…' : 'Create link & QR code'}
        </button>
        <p className="create-form__announce" aria-live="polite" data-testid="create-announcement">
          {form.announcement}
        </p>
      </div>
    </form>
  );
}
