/**
 * "New handoff": who the link is for, which integrations, and the button that makes the QR.
 */
import { useEffect } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { useIntegrationsStore } from '../../stores/use-integrations-store';
import { errorMessage } from '../../lib/error-message';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import { useFormSubmit } from '../../ui/use-form-submit';
import { CustomTagRows } from '../tags/custom-tag-rows';
import { StandardTagFields } from '../tags/standard-tag-fields';
import { IntegrationPicker } from './integration-picker';
import { PreflightPanel } from './preflight-panel';
import { useCreateForm } from './use-create-form';

export interface CreateFormProps {
  profile: ProfileView;
  /** After a link was made. */
  onCreated?: () => void;
}

/** The create form for the active profile. */
export function CreateSessionForm({ profile, onCreated }: CreateFormProps) {
  const entry = useIntegrationsStore((s) => s.byProfile[profile.id]);
  const load = useIntegrationsStore((s) => s.load);
  const mode = entry?.result?.available ? 'list' : 'text';
  const form = useCreateForm(profile.id, mode, onCreated);
  const { formRef, onSubmit, keepFocus } = useFormSubmit(form);
  const testedAt = profile.capabilities?.testedAt;

  useEffect(() => {
    void load(profile.id);
  }, [load, profile.id, profile.key.status, testedAt]);

  // Opening on the form (app start, after setup's "Start a handoff"): the customer's id is the
  // first thing to type. Focus that is somewhere already (a tab the user pressed) stays.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    formRef.current?.querySelector<HTMLElement>('[data-testid="tag-end_user_id"]')?.focus();
  }, [formRef]);

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
      <PreflightPanel form={form} profileId={profile.id} profileName={profile.name} />
      <FieldErrorText id="create-form-error" messages={form.errorsFor('form')} />
      <ErrorAlert
        error={form.submitError}
        message={form.submitError ? notCreatedMessage(form.submitError) : undefined}
      />
      <div className="create-form__footer">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={form.pending}
          aria-busy={form.pending}
          data-testid="create-submit"
          onMouseDown={keepFocus}
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

/** A failed create, said plainly: no link exists, and what to do (values are kept). */
function notCreatedMessage(error: AppError): string {
  const fix = error.code === 'invalid_key' ? ' Fix the key above; what you typed is kept.' : '';
  return `No link was created. ${errorMessage(error)}${fix}`;
}
