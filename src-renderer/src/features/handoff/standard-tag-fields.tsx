/**
 * The well-known end-user tags: who the link is for.
 */
import type { StandardTagKey } from '../../lib/tag-form';
import { TextField } from '../../ui/text-field';
import type { CreateForm } from './use-create-form';

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

/** Props for {@link StandardTagFields}. */
export interface StandardTagFieldsProps {
  form: CreateForm;
}

/** The four standard tag inputs. */
export function StandardTagFields({ form }: StandardTagFieldsProps) {
  return (
    <div className="grid-2">
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          badge={field.key}
          required={field.required}
          type={field.type ?? 'text'}
          placeholder={field.placeholder}
          spellCheck={false}
          value={form.values.standard[field.key]}
          onValueChange={(value) => form.setStandard(field.key, value)}
          onBlur={() => form.touch(`tag:${field.key}`)}
          errors={form.errorsFor(`tag:${field.key}`)}
          testId={`tag-${field.key}`}
          maxLength={255}
        />
      ))}
    </div>
  );
}
