/**
 * What the tag field components (standard fields, custom rows) need from a form controller.
 * The create form's controller provides it, and so do the reconnect desk's connection forms;
 * both get the edits from `useTagEditor` and decide for themselves which errors to show.
 */
import type { FieldKey } from '../../lib/field-errors';
import type { CustomTagRow, StandardTagKey, TagFormValues } from '../../lib/tag-form';

/** The tag values and the edits the tag field components make. */
export interface TagFieldControls {
  values: TagFormValues;
  setStandard: (key: StandardTagKey, value: string) => void;
  addRow: () => void;
  removeRow: (id: string) => void;
  setRow: (id: string, patch: Partial<Omit<CustomTagRow, 'id'>>) => void;
  touch: (field: FieldKey) => void;
}

/** A controller of tag fields: values, edits, and the errors to show per field. */
export interface TagFieldsForm extends TagFieldControls {
  errorsFor: (field: FieldKey) => string[] | undefined;
}
