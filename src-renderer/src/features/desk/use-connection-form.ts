/**
 * State and rules of the desk's connection forms (add by hand, edit): the plain fields, the tag
 * fields with the create form's validation (no customer id required, no handoff_id reserved,
 * since a reconnect resends a connection's tags exactly), server errors mapped inline, and the
 * submit. Values are kept on any error.
 */
import { useMemo, useState } from 'react';
import type { AppError, Result } from '../../../../src-shared/contract/result';
import type { Tags } from '../../../../src-shared/models/session';
import { hasNoErrors, shownErrors } from '../../lib/field-errors';
import { invalidIntegrationIds } from '../../lib/integration-text';
import { mapServerFieldErrors } from '../../lib/server-field-errors';
import { tagFormFromTags, tagsFromForm, validateTagForm } from '../../lib/tag-form';
import type { TagFieldsForm } from '../tags/tag-fields-form';
import { useTagEditor } from '../tags/use-tag-editor';

/** The plain (non-tag) fields. */
export interface ConnectionFields {
  connectionId: string;
  integrationId: string;
  label: string;
  notes: string;
}

/** A plain field that can carry an error. */
export type PlainField = keyof ConnectionFields;

/** What the form sends when it is valid. */
export interface ConnectionPayload extends ConnectionFields {
  tags: Tags;
}

export interface ConnectionFormOptions {
  initial: ConnectionFields;
  initialTags: Tags;
  /** Whether connection and integration ids are asked for (add) or fixed (edit). */
  editIds: boolean;
  onSubmit: (payload: ConnectionPayload) => Promise<Result<unknown>>;
  /** Called after a successful submit. */
  onDone: () => void;
}

/** The connection form's controller. */
export interface ConnectionForm extends TagFieldsForm {
  fields: ConnectionFields;
  setField: (field: PlainField, value: string) => void;
  touchField: (field: PlainField) => void;
  fieldErrors: (field: PlainField) => string[] | undefined;
  submit: () => Promise<void>;
  pending: boolean;
  submitError: AppError | null;
  /** Bumped on every submit attempt (to move focus to the first error). */
  attempt: number;
}

const TAG_RULES = { requireEndUserId: false, reserveHandoffTag: false };

function plainErrors(fields: ConnectionFields, editIds: boolean) {
  const errors: Partial<Record<PlainField, string[]>> = {};
  if (editIds) {
    if (!fields.connectionId.trim()) errors.connectionId = ['Enter the connection id.'];
    else if (fields.connectionId.trim().length > 255) {
      errors.connectionId = ['A connection id is at most 255 characters.'];
    }
    const integration = fields.integrationId.trim();
    if (!integration) errors.integrationId = ['Choose or type the integration id.'];
    else {
      const bad = invalidIntegrationIds([integration]);
      if (bad.length > 0) errors.integrationId = bad;
    }
  }
  if (fields.label.trim().length > 200) errors.label = ['A label is at most 200 characters.'];
  if (fields.notes.length > 5000) errors.notes = ['Notes are at most 5000 characters.'];
  return errors;
}

/** The controller of one add or edit form. */
export function useConnectionForm(options: ConnectionFormOptions): ConnectionForm {
  const { editIds, onSubmit, onDone } = options;
  const [fields, setFields] = useState<ConnectionFields>(options.initial);
  const tags = useTagEditor(() => tagFormFromTags(options.initialTags));
  const { values } = tags.controls;
  const [submitted, setSubmitted] = useState(false);
  const [serverPlain, setServerPlain] = useState<Partial<Record<PlainField, string[]>>>({});
  const [submitError, setSubmitError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const tagErrors = useMemo(() => validateTagForm(values, TAG_RULES), [values]);
  const localPlain = useMemo(() => plainErrors(fields, editIds), [fields, editIds]);

  const shown = (key: string) => submitted || tags.touched.has(key);

  const submit = async () => {
    if (pending) return;
    setSubmitted(true);
    setAttempt((n) => n + 1);
    const plainOk = Object.keys(localPlain).length === 0;
    if (!plainOk || !hasNoErrors(tagErrors)) {
      setSubmitError(null);
      return;
    }
    setPending(true);
    setSubmitError(null);
    tags.setServerErrors({});
    setServerPlain({});
    const result = await onSubmit({
      connectionId: fields.connectionId.trim(),
      integrationId: fields.integrationId.trim(),
      label: fields.label.trim(),
      notes: fields.notes,
      tags: tagsFromForm(values),
    });
    setPending(false);
    if (!result.ok) {
      setSubmitError(result.error);
      const plain: Partial<Record<PlainField, string[]>> = {};
      const rest = (result.error.fields ?? []).filter((field) => {
        const head = field.path[0] as PlainField | undefined;
        if (head && head in fields) {
          plain[head] = [...(plain[head] ?? []), field.message];
          return false;
        }
        return true;
      });
      setServerPlain(plain);
      if (rest.length > 0) tags.setServerErrors(mapServerFieldErrors(rest, values));
      return;
    }
    onDone();
  };

  return {
    fields,
    setField: (field, value) => {
      setFields((current) => ({ ...current, [field]: value }));
      tags.noteEdit(field);
      setServerPlain((current) => ({ ...current, [field]: undefined }));
    },
    touchField: tags.touch,
    fieldErrors: (field) => shownErrors(localPlain[field], serverPlain[field], shown(field)),
    ...tags.controls,
    errorsFor: (field) =>
      shownErrors(tagErrors[field], tags.serverErrors[field], shown(field) || field === 'tags'),
    submit,
    pending,
    submitError,
    attempt,
  };
}
