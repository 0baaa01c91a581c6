/**
 * Which integrations the customer may connect. Chips from Nango's list; when the key cannot
 * list integrations (or the list failed), a comma-separated text input with the reason.
 */
import { errorMessage } from '../../lib/error-message';
import type { IntegrationsEntry } from '../../stores/use-integrations-store';
import { FieldErrorText } from '../../ui/field-error';
import type { CreateForm } from './use-create-form';

export interface IntegrationPickerProps {
  form: CreateForm;
  entry: IntegrationsEntry | undefined;
  onReload: () => void;
}

/** The integration chooser. */
export function IntegrationPicker({ form, entry, onReload }: IntegrationPickerProps) {
  const errors = form.errorsFor('integrations');
  const result = entry?.result;
  const loading = !result && (!entry || entry.loading) && !entry?.error;

  if (loading) {
    return (
      <fieldset className="fieldset" data-testid="integration-picker" data-mode="loading">
        <legend className="field__label">Integrations</legend>
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> Loading integrations…
        </p>
      </fieldset>
    );
  }

  if (result?.available) {
    const count = form.selected.length;
    return (
      <fieldset
        className="fieldset"
        data-testid="integration-picker"
        data-mode="list"
        aria-describedby="integrations-summary"
      >
        <legend className="field__label">Integrations</legend>
        <p className="field__hint" id="integrations-summary">
          {count === 0 ? (
            <>
              <strong>All integrations</strong> — pick some to limit what the customer sees.
            </>
          ) : (
            <>
              {form.integrationsKept ? (
                <span className="kept-note" data-testid="integrations-kept">
                  Kept from the last link:{' '}
                </span>
              ) : null}
              <strong>{count} selected</strong> — the customer sees only these.{' '}
              <button
                type="button"
                className="button button--link"
                onClick={form.clearIntegrations}
              >
                Allow all
              </button>
            </>
          )}
        </p>
        {result.integrations.length === 0 ? (
          <p className="muted">This environment has no integrations yet.</p>
        ) : (
          <div className="chips">
            {result.integrations.map((integration) => (
              <label key={integration.id} className="chip">
                <input
                  type="checkbox"
                  className="chip__input"
                  checked={form.selected.includes(integration.id)}
                  onChange={() => form.toggleIntegration(integration.id)}
                  onKeyDown={(event) => {
                    // Enter in a form submits it (Chromium does so from a checkbox too): here
                    // it toggles the chip, like Space, so a link never goes out by accident.
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    form.toggleIntegration(integration.id);
                  }}
                  data-testid={`integration-${integration.id}`}
                />
                <span className="chip__label">{integration.displayName}</span>
                {integration.displayName !== integration.id ? (
                  <span className="chip__id">{integration.id}</span>
                ) : null}
              </label>
            ))}
          </div>
        )}
        <FieldErrorText id="integrations-error" messages={errors} />
      </fieldset>
    );
  }

  const reason = result && !result.available ? result.reason : null;
  return (
    <div className="field" data-testid="integration-picker" data-mode="text">
      <label className="field__label" htmlFor="integrations-text">
        Integrations <span className="field__optional">optional</span>
      </label>
      <input
        id="integrations-text"
        className="input input--mono"
        placeholder="e.g. hubspot, salesforce-sandbox"
        spellCheck={false}
        value={form.integrationText}
        aria-invalid={!!errors}
        aria-describedby={`integrations-text-hint${errors ? ' integrations-error' : ''}`}
        data-testid="integration-text"
        onChange={(event) => form.setIntegrationText(event.target.value)}
        onBlur={() => form.touch('integrations')}
      />
      <p className="field__hint" id="integrations-text-hint">
        {form.integrationsKept ? (
          <span className="kept-note" data-testid="integrations-kept">
            Kept from the last link.{' '}
          </span>
        ) : null}
        Integration ids, comma-separated. Leave empty to allow all integrations.
      </p>
      <div className="alert alert--info alert--compact" role="status">
        <p className="alert__message">
          {reason ??
            (entry?.error ? errorMessage(entry.error) : 'The integration list is unavailable.')}
        </p>
        <button type="button" className="button button--link" onClick={onReload}>
          {entry?.loading ? 'Loading…' : 'Load list again'}
        </button>
      </div>
      <FieldErrorText id="integrations-error" messages={errors} />
    </div>
  );
}
