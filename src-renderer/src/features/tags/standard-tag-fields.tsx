/**
 * The well-known end-user tags: who the link is for.
 */
import type { StandardTagKey } from '../../lib/tag-form';
import { TextField } from '../../ui/text-field';
import type { TagFieldsForm } from './tag-fields-form';

const FIELDS: {
  key: StandardTagKey;
  label: string;
  placeholder: string;
  type?: string;
  required?: boolean;
}[] = [
  { key: 'end_user_id', label: 'Customer ID', placeholder: 'e.g. cus_4821', required: true },
  { key: 'end_user_email', label: 'Email', placeholder: 'name@company.com', type: 'email' },
  { key: 'end_user_display_name', label: 'Display name', placeholder: 'e.g. Dana Whitfield' },
  { key: 'organization_id', label: 'Organization', placeholder: 'e.g. org_acme' },
];

export interface StandardTagFieldsProps {
  form: TagFieldsForm;
  /** Whether the customer id is required (the create form); off for saved connections. */
  requireEndUserId?: boolean;
  /** Prepended to each input's test id, when two such forms can be on screen at once. */
  testIdPrefix?: string;
}

/** The four standard tag inputs. */
export function StandardTagFields({
  form,
  requireEndUserId = true,
  testIdPrefix = '',
}: StandardTagFieldsProps) {
  return (
    <div className="grid-2">
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          badge={field.key}
          required={field.required && requireEndUserId}
          optional={field.required && !requireEndUserId}
          type={field.type ?? 'text'}
          placeholder={field.placeholder}
          spellCheck={false}
          value={form.values.standard[field.key]}
          onValueChange={(value) => form.setStandard(field.key, value)}
          onBlur={() => form.touch(`tag:${field.key}`)}
          errors={form.errorsFor(`tag:${field.key}`)}
          testId={`${testIdPrefix}tag-${field.key}`}
          maxLength={255}
        />
      ))}
    </div>
  );
}
