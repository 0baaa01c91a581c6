/**
 * State and rules of the create form: tag fields, integration choice, live and on-submit
 * validation, server field errors mapped inline, and the submit itself. Values are kept on
 * any error; only a success clears the tag fields.
 */
import { useMemo, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import { addFieldError, hasNoErrors, shownErrors, type FieldKey } from '../../lib/field-errors';
import { invalidIntegrationIds, parseIntegrationIds } from '../../lib/integration-text';
import { mapServerFieldErrors } from '../../lib/server-field-errors';
import {
  emptyPreflightDraft,
  preflightFromDraft,
  type PreflightDraft,
} from '../../lib/preflight-draft';
import { emptyTagForm, tagsFromForm, validateTagForm } from '../../lib/tag-form';
import { useSessionsStore } from '../../stores/use-sessions-store';
import type { TagFieldsForm } from '../tags/tag-fields-form';
import { useTagEditor } from '../tags/use-tag-editor';

/** How integrations are chosen: from the list, or typed when the list is unavailable. */
export type IntegrationMode = 'list' | 'text';

/** Everything the create form's components need. */
export interface CreateForm extends TagFieldsForm {
  selected: string[];
  toggleIntegration: (id: string) => void;
  clearIntegrations: () => void;
  /** True while the integration choice is the one kept from the last link made. */
  integrationsKept: boolean;
  integrationText: string;
  setIntegrationText: (text: string) => void;
  submit: () => Promise<void>;
  pending: boolean;
  submitError: AppError | null;
  /** Bumped on every submit attempt (to move focus to the first error). */
  attempt: number;
  /** The last success, for the live region. */
  announcement: string;
  /** Phone pre-flight fields (kept after a create, like the integration choice). */
  preflight: PreflightDraft;
  setPreflight: (draft: PreflightDraft) => void;
  /** The integrations the link is for (chosen or typed). */
  integrations: string[];
}

/** The create form's controller for one profile. */
export function useCreateForm(
  profileId: string,
  mode: IntegrationMode,
  onCreated?: () => void,
): CreateForm {
  const create = useSessionsStore((s) => s.create);
  const tags = useTagEditor(emptyTagForm);
  const { values } = tags.controls;
  const [selected, setSelected] = useState<string[]>([]);
  const [integrationText, setText] = useState('');
  const [integrationsKept, setKept] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [submitError, setSubmitError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [preflight, setPreflight] = useState<PreflightDraft>(emptyPreflightDraft);
  const integrations = mode === 'list' ? selected : parseIntegrationIds(integrationText);
  const preflightResult = preflightFromDraft(preflight, integrations);

  const localErrors = useMemo(() => {
    let errors = validateTagForm(values);
    if (mode === 'text') {
      for (const message of invalidIntegrationIds(parseIntegrationIds(integrationText))) {
        errors = addFieldError(errors, 'integrations', message);
      }
    }
    for (const message of preflightResult.errors) {
      errors = addFieldError(errors, 'integrations', message);
    }
    return errors;
  }, [values, mode, integrationText, preflightResult.errors]);

  const errorsFor = (field: FieldKey) =>
    shownErrors(
      localErrors[field],
      tags.serverErrors[field],
      submitted || tags.touched.has(field) || field === 'tags',
    );

  const submit = async () => {
    if (pending) return;
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (!hasNoErrors(localErrors)) {
      setSubmitError(null);
      return;
    }
    setPending(true);
    setSubmitError(null);
    tags.setServerErrors({});
    setAnnouncement('');
    const allowedIntegrations = integrations;
    const result = await create({
      profileId,
      tags: tagsFromForm(values),
      allowedIntegrations,
      ...(preflightResult.preflight ? { preflight: preflightResult.preflight } : {}),
    });
    setPending(false);
    if (!result.ok) {
      setSubmitError(result.error);
      if (result.error.fields) {
        tags.setServerErrors(mapServerFieldErrors(result.error.fields, values));
      }
      return;
    }
    tags.reset(emptyTagForm());
    setSubmitted(false);
    const kept = allowedIntegrations.length > 0;
    setKept(kept);
    setAnnouncement(
      `Link ready for ${result.data.label}. Show the QR code to the customer.` +
        (kept ? ` The next link stays limited to ${allowedIntegrations.join(', ')}.` : ''),
    );
    onCreated?.();
  };

  return {
    ...tags.controls,
    errorsFor,
    selected,
    toggleIntegration: (id) => {
      setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
      setKept(false);
      tags.edited('integrations');
    },
    clearIntegrations: () => {
      setSelected([]);
      setKept(false);
    },
    integrationsKept,
    integrationText,
    setIntegrationText: (text) => {
      setText(text);
      setKept(false);
      tags.edited('integrations');
    },
    submit,
    pending,
    submitError,
    attempt,
    announcement,
    preflight,
    setPreflight,
    integrations,
  };
}
