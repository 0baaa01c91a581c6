/**
 * The tag-editing state both tag forms share (the create form and the desk's connection forms):
 * the tag values and their edits, which fields the user has left after editing them, and the
 * server errors that an edit of their field clears.
 */
import { useRef, useState } from 'react';
import { clearFieldError, type FieldErrorMap, type FieldKey } from '../../lib/field-errors';
import { newCustomRow, type TagFormValues } from '../../lib/tag-form';
import type { TagFieldControls } from './tag-fields-form';

/** What {@link useTagEditor} returns. */
export interface TagEditor {
  /** What the tag field components call (values, edits, touch). */
  controls: TagFieldControls;
  /**
   * Marks a field as left, so its local errors show, if it was edited since the last reset; any
   * key, not only tag fields. Leaving a field one never typed in says nothing (a required field
   * is explained on submit): right after a create empties the form, a click anywhere blurs the
   * field that had focus, and that must not mark it red.
   */
  touch: (field: string) => void;
  /** The fields the user has edited and then left since the last reset. */
  touched: ReadonlySet<string>;
  /** Notes an edit of a field that is not a tag field (e.g. the desk's label). */
  noteEdit: (field: string) => void;
  /** The server's field errors that no edit has cleared yet. */
  serverErrors: FieldErrorMap;
  setServerErrors: (errors: FieldErrorMap) => void;
  /** Drops the server errors of a field the user just edited. */
  edited: (field: FieldKey) => void;
  /** Starts over with `values`, nothing edited or touched (server errors are kept). */
  reset: (values: TagFormValues) => void;
}

/** Tag values being edited, starting from `initial`. */
export function useTagEditor(initial: TagFormValues | (() => TagFormValues)): TagEditor {
  const [values, setValues] = useState<TagFormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  // Only read by event handlers, so a ref: no render needed when it changes.
  const dirty = useRef(new Set<string>());

  const noteEdit = (field: string) => {
    dirty.current.add(field);
  };
  const edited = (field: FieldKey) => {
    noteEdit(field);
    setServerErrors((current) => clearFieldError(current, field));
  };
  const touch = (field: string) => {
    if (dirty.current.has(field)) setTouched((current) => new Set(current).add(field));
  };

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
    noteEdit,
    serverErrors,
    setServerErrors,
    edited,
    reset: (next) => {
      setValues(next);
      dirty.current = new Set();
      setTouched(new Set());
    },
  };
}
