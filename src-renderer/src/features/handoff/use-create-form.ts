/**
 * State and rules of the create form: tag fields, integration choice, live and on-submit
 * validation, server field errors mapped inline, and the submit itself. Values are kept on
 * any error; only a success clears the tag fields.
 */
import { useMemo, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import {
  addFieldError,
  clearFieldError,
  hasNoErrors,
  type FieldErrorMap,
  type FieldKey,
} from '../../lib/field-errors';
import { invalidIntegrationIds, parseIntegrationIds } from '../../lib/integration-text';
import { mapServerFieldErrors } from '../../lib/server-field-errors';
import {
  emptyTagForm,
  newCustomRow,
  tagsFromForm,
  validateTagForm,
  type TagFormValues,
} from '../../lib/tag-form';
import { useSessionsStore } from '../../stores/use-sessions-store';
import type { TagFieldsForm } from './tag-fields-form';

/** How integrations are chosen: from the list, or typed when the list is unavailable. */
export type IntegrationMode = 'list' | 'text';

/** Everything the create form's components need. */
export interface CreateForm extends TagFieldsForm {
  selected: string[];
  toggleIntegration: (id: string) => void;
  clearIntegrations: () => void;
  integrationText: string;
  setIntegrationText: (text: string) => void;
  submit: () => Promise<void>;
  pending: boolean;
  submitError: AppError | null;
  /** Bumped on every submit attempt (to move focus to the first error). */
  attempt: number;
  /** The last success, for the live region. */
  announcement: string;
}

/** The create form's controller for one profile. */
export function useCreateForm(profileId: string, mode: IntegrationMode): CreateForm {
  const create = useSessionsStore((s) => s.create);
  const [values, setValues] = useState<TagFormValues>(emptyTagForm);
  const [selected, setSelected] = useState<string[]>([]);
  const [integrationText, setText] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  const [submitError, setSubmitError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const localErrors = useMemo(() => {
    let errors = validateTagForm(values);
    if (mode === 'text') {
      for (const message of invalidIntegrationIds(parseIntegrationIds(integrationText))) {
        errors = addFieldError(errors, 'integrations', message);
      }
    }
    return errors;
  }, [values, mode, integrationText]);

  const edited = (field: FieldKey) => setServerErrors((current) => clearFieldError(current, field));

  const errorsFor = (field: FieldKey) => {
    const shown = submitted || touched.has(field) || field === 'tags';
    const messages = [...(shown ? (localErrors[field] ?? []) : []), ...(serverErrors[field] ?? [])];
    return messages.length > 0 ? [...new Set(messages)] : undefined;
  };

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
    setServerErrors({});
    setAnnouncement('');
    const allowedIntegrations = mode === 'list' ? selected : parseIntegrationIds(integrationText);
    const result = await create({ profileId, tags: tagsFromForm(values), allowedIntegrations });
    setPending(false);
    if (!result.ok) {
      setSubmitError(result.error);
      if (result.error.fields) setServerErrors(mapServerFieldErrors(result.error.fields, values));
      return;
    }
    setValues(emptyTagForm());
    setTouched(new Set());
    setSubmitted(false);
    setAnnouncement(`Link ready for ${result.data.label}. Show the QR code to the customer.`);
  };

  return {
    values,
    setStandard: (key, value) => {
      setValues((v) => ({ ...v, standard: { ...v.standard, [key]: value } }));
      edited(`tag:${key}`);
    },
    addRow: () => setValues((v) => ({ ...v, custom: [...v.custom, newCustomRow()] })),
    removeRow: (id) => {
      setValues((v) => ({ ...v, custom: v.custom.filter((row) => row.id !== id) }));
      edited(`custom:${id}`);
    },
    setRow: (id, patch) => {
      setValues((v) => ({
        ...v,
        custom: v.custom.map((row) => (row.id === id ? { ...row, ...patch } : row)),
      }));
      edited(`custom:${id}`);
      edited('tags');
    },
    touch: (field) => setTouched((current) => new Set(current).add(field)),
    errorsFor,
    selected,
    toggleIntegration: (id) => {
      setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
      edited('integrations');
    },
    clearIntegrations: () => setSelected([]),
    integrationText,
    setIntegrationText: (text) => {
      setText(text);
      edited('integrations');
    },
    submit,
    pending,
    submitError,
    attempt,
    announcement,
  };
}
