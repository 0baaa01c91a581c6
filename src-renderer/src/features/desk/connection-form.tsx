/**
 * The desk's connection form, used to add a connection by hand and to edit a saved one:
 * ids (add only), label, notes and tags, with the create form's tag fields and inline errors.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { errorMessage } from '../../lib/error-message';
import type { IntegrationsEntry } from '../../stores/use-integrations-store';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldErrorText } from '../../ui/field-error';
import { TextField } from '../../ui/text-field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { CustomTagRows } from '../tags/custom-tag-rows';
import { StandardTagFields } from '../tags/standard-tag-fields';
import type { ConnectionForm } from './use-connection-form';

export interface ConnectionFormViewProps {
  form: ConnectionForm;
  /** `add` asks for the ids; `edit` shows them fixed. */
  mode: 'add' | 'edit';
  title: ReactNode;
  /** Shown under the title. */
  intro?: ReactNode;
  /** The integration list for the picker (add); free text when unavailable. */
  integrations?: IntegrationsEntry;
  onReloadIntegrations?: () => void;
  submitLabel: string;
  onCancel: () => void;
  /** `desk-add` or `desk-edit`: prefixes every test id in the form. */
  testIdPrefix: string;
  className?: string;
}

/** The add / edit form. */
export function ConnectionFormView({
  form,
  mode,
  title,
  intro,
  integrations,
  onReloadIntegrations,
  submitLabel,
  onCancel,
  testIdPrefix,
  className,
}: ConnectionFormViewProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const { formRef, onSubmit, keepFocus } = useFormSubmit(form);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [formRef]);

  return (
    <form
      ref={formRef}
      className={`connection-form${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={`${testIdPrefix}-form`}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <header className="connection-form__header">
        <h2 id={titleId} className="panel__title">
          {title}
        </h2>
        {intro ? <div className="muted small">{intro}</div> : null}
      </header>
      <div className="connection-form__grid">
        <div className="connection-form__column">
          {mode === 'add' ? (
            <>
              <TextField
                label="Connection ID"
                required
                placeholder="e.g. 4f1c0a2e-… or acme-hubspot"
                spellCheck={false}
                maxLength={255}
                value={form.fields.connectionId}
                onValueChange={(value) => form.setField('connectionId', value)}
                onBlur={() => form.touchField('connectionId')}
                errors={form.fieldErrors('connectionId')}
                hint="As shown in Nango’s Connections page."
                testId={`${testIdPrefix}-connection-id`}
              />
              <IntegrationField
                form={form}
                entry={integrations}
                onReload={onReloadIntegrations}
                testId={`${testIdPrefix}-integration`}
              />
            </>
          ) : null}
          <TextField
            label="Label"
            optional
            placeholder="Customer / company, e.g. Acme Corp — Dana"
            maxLength={200}
            value={form.fields.label}
            onValueChange={(value) => form.setField('label', value)}
            onBlur={() => form.touchField('label')}
            errors={form.fieldErrors('label')}
            testId={`${testIdPrefix}-label`}
          />
          <NotesField form={form} testId={`${testIdPrefix}-notes`} />
        </div>
        <div className="connection-form__column">
          <p className="field__hint connection-form__tags-hint">
            A reconnect resends exactly these tags: Nango would otherwise wipe them. A status
            refresh replaces them with the tags Nango has.
          </p>
          <StandardTagFields
            form={form}
            requireEndUserId={false}
            testIdPrefix={`${testIdPrefix}-`}
          />
          <CustomTagRows
            form={form}
            idPrefix={`${id}-tags`}
            legend="Other tags"
            hint="Up to 10 tags in all."
            testIdPrefix={`${testIdPrefix}-`}
          />
        </div>
      </div>
      <ErrorAlert error={form.submitError} compact />
      <div className="connection-form__footer">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.pending}
          aria-busy={form.pending}
          data-testid={`${testIdPrefix}-save`}
          onMouseDown={keepFocus}
        >
          {form.pending ? 'Saving…' : submitLabel}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid={`${testIdPrefix}-cancel`}
          onMouseDown={keepFocus}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

interface NotesFieldProps {
  form: ConnectionForm;
  testId: string;
}

function NotesField({ form, testId }: NotesFieldProps) {
  const id = useId();
  const errors = form.fieldErrors('notes');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        <span className="field__text">Notes</span>
        <span className="field__optional">optional</span>
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        maxLength={5000}
        placeholder="Who to call, what broke last time…"
        value={form.fields.notes}
        aria-invalid={!!errors}
        aria-describedby={errors ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(event) => form.setField('notes', event.target.value)}
        onBlur={() => form.touchField('notes')}
      />
      <FieldErrorText id={`${id}-error`} messages={errors} />
    </div>
  );
}

interface IntegrationFieldProps {
  form: ConnectionForm;
  entry: IntegrationsEntry | undefined;
  onReload?: () => void;
  testId: string;
}

/** A select from Nango's integrations when the key can list them, else free text. */
function IntegrationField({ form, entry, onReload, testId }: IntegrationFieldProps) {
  const id = useId();
  const errors = form.fieldErrors('integrationId');
  const errorId = `${id}-error`;
  const result = entry?.result;
  if (result?.available && result.integrations.length > 0) {
    const known = result.integrations.some((i) => i.id === form.fields.integrationId);
    return (
      <div className="field">
        <label className="field__label" htmlFor={id}>
          <span className="field__text">Integration</span>
          <span className="field__required" aria-hidden="true">
            *
          </span>
        </label>
        <select
          id={id}
          className="select"
          required
          value={form.fields.integrationId}
          aria-invalid={!!errors}
          aria-describedby={errors ? errorId : undefined}
          data-testid={testId}
          onChange={(event) => form.setField('integrationId', event.target.value)}
          onBlur={() => form.touchField('integrationId')}
        >
          <option value="">Choose an integration…</option>
          {!known && form.fields.integrationId ? (
            <option value={form.fields.integrationId}>{form.fields.integrationId}</option>
          ) : null}
          {result.integrations.map((integration) => (
            <option key={integration.id} value={integration.id}>
              {integration.displayName === integration.id
                ? integration.id
                : `${integration.displayName} (${integration.id})`}
            </option>
          ))}
        </select>
        <FieldErrorText id={errorId} messages={errors} />
      </div>
    );
  }
  const reason =
    result && !result.available
      ? result.reason
      : entry?.error
        ? errorMessage(entry.error)
        : entry?.loading
          ? null
          : 'The integration list is unavailable.';
  return (
    <div className="field">
      <TextField
        label="Integration ID"
        required
        placeholder="e.g. hubspot"
        spellCheck={false}
        value={form.fields.integrationId}
        onValueChange={(value) => form.setField('integrationId', value)}
        onBlur={() => form.touchField('integrationId')}
        errors={errors}
        hint="The integration’s unique key in Nango."
        testId={testId}
      />
      {reason ? (
        <div className="alert alert--info alert--compact" role="status">
          <p className="alert__message">{reason}</p>
          {onReload ? (
            <button type="button" className="button button--link" onClick={onReload}>
              Load list again
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
