/**
 * One integration's pre-flight: Slack user scopes, OAuth parameters, connection config
 * (key=value lines) and the docs link the Connect UI shows.
 */
import { useId } from 'react';
import { emptyIntegrationDraft, type IntegrationDraft } from '../../lib/preflight-draft';
import type { CreateForm } from './use-create-form';

export interface IntegrationPreflightFieldsProps {
  form: CreateForm;
  integration: string;
}

const FIELDS: { key: keyof IntegrationDraft; label: string; hint: string; lines?: boolean }[] = [
  { key: 'userScopes', label: 'User scopes', hint: 'user_scopes (Slack), comma-separated' },
  {
    key: 'authorizationParams',
    label: 'OAuth parameters',
    hint: 'authorization_params, one key=value a line',
    lines: true,
  },
  {
    key: 'connectionConfig',
    label: 'Connection config',
    hint: 'connection_config, e.g. oauth_scopes_override=read',
    lines: true,
  },
  { key: 'docsConnect', label: 'Docs link', hint: 'docs_connect (https; some plans refuse it)' },
];

/** The fieldset for one integration. */
export function IntegrationPreflightFields({ form, integration }: IntegrationPreflightFieldsProps) {
  const id = useId();
  const draft = form.preflight.integrations[integration] ?? emptyIntegrationDraft();
  const update = (key: keyof IntegrationDraft, value: string) =>
    form.setPreflight({
      ...form.preflight,
      integrations: { ...form.preflight.integrations, [integration]: { ...draft, [key]: value } },
    });
  return (
    <fieldset className="preflight__integration" data-testid={`preflight-${integration}`}>
      <legend className="preflight__legend">{integration}</legend>
      {FIELDS.map((field) => (
        <div className="field" key={field.key}>
          <label className="field__label" htmlFor={`${id}-${field.key}`}>
            {field.label} <span className="field__optional">{field.hint}</span>
          </label>
          {field.lines ? (
            <textarea
              id={`${id}-${field.key}`}
              className="input textarea input--mono"
              rows={2}
              value={draft[field.key]}
              data-testid={`preflight-${integration}-${field.key}`}
              onChange={(e) => update(field.key, e.target.value)}
            />
          ) : (
            <input
              id={`${id}-${field.key}`}
              className="input"
              value={draft[field.key]}
              data-testid={`preflight-${integration}-${field.key}`}
              onChange={(e) => update(field.key, e.target.value)}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}
