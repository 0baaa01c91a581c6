/**
 * A profile's secret key: status, paste (write-only), save, test, delete. The key goes to
 * main's keychain and is never shown or read back; the input is cleared once it is saved.
 */
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { errorMessage } from '../../lib/error-message';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { ErrorAlert } from '../../ui/error-alert';
import { InlineConfirm } from '../../ui/inline-confirm';
import { KeyCapabilitiesView } from './key-capabilities';
import { KeyStatusMessage } from './key-status';

/** Props for {@link KeyPanel}. */
export interface KeyPanelProps {
  profile: ProfileView;
  /** Offers "Delete key" (Settings). */
  allowDelete?: boolean;
}

type Busy = 'save' | 'test' | 'delete' | null;

/** Key status, the write-only key input and its actions. */
export function KeyPanel({ profile, allowDelete }: KeyPanelProps) {
  const setKey = useProfilesStore((s) => s.setKey);
  const testKey = useProfilesStore((s) => s.testKey);
  const deleteKey = useProfilesStore((s) => s.deleteKey);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const hasKey = profile.key.status !== 'missing';

  const run = async (kind: Busy, action: () => Promise<{ ok: boolean; error?: AppError }>) => {
    setBusy(kind);
    setError(null);
    setNotice('');
    const result = await action();
    setBusy(null);
    if (!result.ok && result.error) setError(result.error);
    return result.ok;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!secret.trim()) {
      setError({ code: 'invalid_request', message: 'Paste the secret key first.' });
      return;
    }
    const saved = await run('save', () => setKey(profile.id, secret));
    if (saved) {
      setSecret('');
      setNotice('Key saved to the system keychain. Test it to see what it can do.');
    }
  };

  const test = async () => {
    const ok = await run('test', () => testKey(profile.id));
    if (ok) setNotice('Nango accepted the key.');
  };

  const remove = async () => {
    const ok = await run('delete', () => deleteKey(profile.id));
    if (ok) setNotice('Key deleted from the keychain.');
  };

  const errorText =
    error?.code === 'invalid_key' ? 'Nango rejected this key. Paste a current one.' : undefined;

  return (
    <div className="key-panel">
      <KeyStatusMessage profile={profile} onRetry={() => void test()} retrying={busy === 'test'} />
      <form className="key-form" onSubmit={save} noValidate>
        <label className="field__label" htmlFor={`key-input-${profile.id}`}>
          {hasKey ? 'Replace secret key' : 'Secret key'}
        </label>
        <div className="key-form__row">
          <input
            id={`key-input-${profile.id}`}
            className="input input--mono"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={hasKey ? 'Paste a new key to replace the stored one' : 'Paste the key'}
            value={secret}
            data-testid="key-input"
            aria-describedby={`key-hint-${profile.id}`}
            onChange={(event) => setSecret(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy !== null || !secret.trim()}
            data-testid="key-save"
          >
            {busy === 'save' ? 'Saving…' : 'Save key'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null || !hasKey}
            data-testid="key-test"
            onClick={() => void test()}
          >
            {busy === 'test' ? 'Testing…' : 'Test key'}
          </button>
        </div>
        <p className="field__hint" id={`key-hint-${profile.id}`}>
          Find it in Nango under Environment settings → API keys. It is kept in the OS keychain and
          never shown again.
        </p>
      </form>
      <div aria-live="polite" className="key-panel__feedback">
        {notice ? <p className="success-text">{notice}</p> : null}
      </div>
      <ErrorAlert error={error} message={errorText ?? (error ? errorMessage(error) : undefined)} />
      <KeyCapabilitiesView capabilities={profile.capabilities} />
      {allowDelete && hasKey ? (
        <InlineConfirm
          label="Delete key"
          question="Delete this profile’s key from the keychain? Handoff cannot create links until you add one again."
          confirmLabel="Delete key"
          pending={busy === 'delete'}
          testId="key-delete"
          confirmTestId="key-delete-confirm"
          onConfirm={remove}
        />
      ) : null}
    </div>
  );
}
