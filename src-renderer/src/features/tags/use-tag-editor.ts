/**
 * The tag-editing state both tag forms share (the create form and the desk's connection forms):
 * the tag values and their edits, which fields the user has left, and the server errors that
 * an edit of their field clears.
 */
import { useState } from 'react';
import { clearFieldError, type FieldErrorMap, type FieldKey } from '../../lib/field-errors';
import { newCustomRow, type TagFormValues } from '../../lib/tag-form';
import type { TagFieldControls } from './tag-fields-form';

/** What {@link useTagEditor} returns. */
export interface TagEditor {
  /** What the tag field components call (values, edits, touch). */
  controls: TagFieldControls;
  /** Marks a field as left, so its local errors show; any key, not only tag fields. */
  touch: (field: string) => void;
  /** The fields the user has left since the last reset. */
  touched: ReadonlySet<string>;
  /** The server's field errors that no edit has cleared yet. */
  serverErrors: FieldErrorMap;
  setServerErrors: (errors: FieldErrorMap) => void;
  /** Drops the server errors of a field the user just edited. */
  edited: (field: FieldKey) => void;
  /** Starts over with `values` and nothing touched (server errors are kept). */
  reset: (values: TagFormValues) => void;
}

/** Tag values being edited, starting from `initial`. */
export function useTagEditor(initial: TagFormValues | (() => TagFormValues)): TagEditor {
  const [values, setValues] = useState<TagFormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});

  const edited = (field: FieldKey) => setServerErrors((current) => clearFieldError(current, field));
  const touch = (field: string) => setTouched((current) => new Set(current).add(field));

  return {
    controls: {
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
      touch,
    },
    touch,
    touched,
    serverErrors,
    setServerErrors,
    edited,
    reset: (next) => {
      setValues(next);
      setTouched(new Set());
    },
  };
}
