/**
 * Creates or edits an environment profile: a name, Nango's API base URL and the Connect UI base.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import { profileInput } from '../../lib/contract-schemas';
import { keyMoveWarning } from '../../lib/key-move-warning';
import {
  NANGO_CLOUD_API,
  NANGO_CLOUD_CONNECT_UI,
  type ProfileView,
} from '../../../../src-shared/models/profile';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/text-field';
import { useProfilesStore } from '../../stores/use-profiles-store';

type Field = 'name' | 'apiBaseUrl' | 'connectUiBaseUrl';
type Errors = Partial<Record<Field, string[]>>;

/** Props for {@link ProfileForm}. Without `profile` it creates one. */
export interface ProfileFormProps {
  profile?: ProfileView;
  submitLabel?: string;
  onDone?: (profile: ProfileView) => void;
  onCancel?: () => void;
  /** Focuses the first field on mount (a new profile: the name is the next thing to type). */
  autoFocus?: boolean;
}

const fieldOf = (path: readonly PropertyKey[]): Field | null => {
  const head = path[0];
  return head === 'name' || head === 'apiBaseUrl' || head === 'connectUiBaseUrl' ? head : null;
};

/** Messages per field, from zod's issues or the server's field errors (others dropped). */
const errorsByField = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field) errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
};

export function ProfileForm({
  profile,
  submitLabel,
  onDone,
  onCancel,
  autoFocus,
}: ProfileFormProps) {
  const create = useProfilesStore((s) => s.create);
  const update = useProfilesStore((s) => s.update);
  const [values, setValues] = useState({
    name: profile?.name ?? '',
    apiBaseUrl: profile?.apiBaseUrl ?? NANGO_CLOUD_API,
    connectUiBaseUrl: profile?.connectUiBaseUrl ?? NANGO_CLOUD_CONNECT_UI,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  // Bumped after a save the form outlives (an edit): Save was disabled meanwhile, which drops
  // focus, so it is given back there.
  const [saved, setSaved] = useState(0);

  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector('input')?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (saved > 0) saveRef.current?.focus();
  }, [saved]);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = profileInput.safeParse(values);
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error.issues));
      focusFirstInvalid();
      return;
    }
    setPending(true);
    setFailure(null);
    const result = profile
      ? await update({ id: profile.id, ...parsed.data })
      : await create(parsed.data);
    setPending(false);
    if (result.ok) {
      if (profile) setSaved((n) => n + 1);
      onDone?.(result.data);
      return;
    }
    setFailure(result.error);
    setErrors(errorsByField(result.error.fields ?? []));
    focusFirstInvalid();
  };

  /** After the errors render, the first field that has one takes focus. */
  const focusFirstInvalid = () =>
    setTimeout(() => {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? saveRef.current ?? null;
      target?.focus();
    });

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate data-testid="profile-form">
      <TextField
        label="Profile name"
        value={values.name}
        onValueChange={change('name')}
        errors={errors.name}
        placeholder="e.g. Production"
        hint="Shown in the header so you always know which Nango environment you are using."
        testId="profile-name"
        maxLength={60}
      />
      <TextField
        label="Nango API base URL"
        value={values.apiBaseUrl}
        onValueChange={change('apiBaseUrl')}
        errors={errors.apiBaseUrl}
        type="url"
        spellCheck={false}
        hint={keyMoveWarning(profile, values.apiBaseUrl)}
        testId="profile-api-url"
      />
      <TextField
        label="Connect UI base URL"
        value={values.connectUiBaseUrl}
        onValueChange={change('connectUiBaseUrl')}
        errors={errors.connectUiBaseUrl}
        type="url"
        spellCheck={false}
        hint="Keep the defaults for Nango Cloud; change both for a self-hosted server."
        testId="profile-connect-url"
      />
      <ErrorAlert error={failure} compact />
      <div className="row">
        <button
          ref={saveRef}
          type="submit"
          className="button button--primary"
          disabled={pending}
          data-testid="profile-save"
        >
          {pending ? 'Saving…' : (submitLabel ?? (profile ? 'Save changes' : 'Create profile'))}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
