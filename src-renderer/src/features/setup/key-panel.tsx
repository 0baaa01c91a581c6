/**
 * A profile's secret key: status, paste (write-only), save, test, delete. The key goes to
 * main's keychain and is never shown or read back; the input is cleared once it is saved.
 * The status block is the one place that says how the key stands; an alert here only adds
 * what it cannot say (offline, rate limit, …). After each action focus goes to the next one.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { KEY_STATUS_CODES } from '../../lib/key-state';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { ErrorAlert } from '../../ui/error-alert';
import { InlineConfirm } from '../../ui/inline-confirm';
import { KeyCapabilitiesView } from './key-capabilities';
import { KeyStatusMessage } from './key-status';

export interface KeyPanelProps {
  profile: ProfileView;
  /** Offers "Delete key" (Settings). */
  allowDelete?: boolean;
  /** Focuses the key input on mount (the key is what the user came to enter). */
  autoFocus?: boolean;
  /** After a test Nango accepted; without it focus stays on "Test key". */
  onTested?: () => void;
  /** Leaves out the capability list and scope advice (the fix-the-key panel). */
  compact?: boolean;
}

type Busy = 'save' | 'test' | 'delete' | null;

/** Key status, the write-only key input and its actions. */
export function KeyPanel({ profile, allowDelete, autoFocus, onTested, compact }: KeyPanelProps) {
  const setKey = useProfilesStore((s) => s.setKey);
  const testKey = useProfilesStore((s) => s.testKey);
  const deleteKey = useProfilesStore((s) => s.deleteKey);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<AppError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const testRef = useRef<HTMLButtonElement>(null);
  // Buttons are disabled while busy, which drops focus: it is put back after the render.
  const [focusNext, setFocusNext] = useState<{ target: 'input' | 'test' | 'tested' } | null>(
    autoFocus ? { target: 'input' } : null,
  );
  const hasKey = profile.key.status !== 'missing';
  const onTestedRef = useRef(onTested);
  useEffect(() => {
    onTestedRef.current = onTested;
  });

  useEffect(() => {
    if (!focusNext) return;
    if (focusNext.target === 'tested' && onTestedRef.current) onTestedRef.current();
    else if (focusNext.target === 'input') inputRef.current?.focus();
    else testRef.current?.focus();
  }, [focusNext]);

  const run = async (kind: Busy, action: () => Promise<{ ok: boolean; error?: AppError }>) => {
    setBusy(kind);
    setError(null);
    const result = await action();
    setBusy(null);
    if (!result.ok && result.error) setError(result.error);
    return result;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!secret.trim()) {
      setError({ code: 'invalid_request', message: 'Paste the secret key first.' });
      return;
    }
    const result = await run('save', () => setKey(profile.id, secret));
    if (result.ok) setSecret('');
    // Saved: testing it is next. Not saved: the key is still in the box to try again.
    setFocusNext({ target: result.ok ? 'test' : 'input' });
  };

  const test = async () => {
    const result = await run('test', () => testKey(profile.id));
    const rejected = !result.ok && result.error?.code === 'invalid_key';
    setFocusNext({ target: result.ok ? 'tested' : rejected ? 'input' : 'test' });
  };

  const remove = async () => {
    const result = await run('delete', () => deleteKey(profile.id));
    if (result.ok) setFocusNext({ target: 'input' });
    return result.ok;
  };

  // The status block already says what a rejected key or a keychain problem means.
  const shownError = error && !KEY_STATUS_CODES.includes(error.code) ? error : null;

  return (
    <div className="key-panel">
      <KeyStatusMessage profile={profile} onRetry={() => void test()} retrying={busy === 'test'} />
      <form className="key-form" onSubmit={save} noValidate>
        <label className="field__label" htmlFor={`key-input-${profile.id}`}>
          {hasKey ? 'Replace secret key' : 'Secret key'}
        </label>
        <div className="key-form__row">
          <input
            ref={inputRef}
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
            ref={testRef}
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
      <ErrorAlert error={shownError} />
      {compact ? null : (
        <KeyCapabilitiesView
          capabilities={profile.key.status === 'ok' ? profile.capabilities : null}
        />
      )}
      {allowDelete && hasKey ? (
        <InlineConfirm
          label="Delete key"
          question="Delete this profile’s key from the keychain? Handoff cannot create links until you add one again."
          confirmLabel="Delete key"
          pending={busy === 'delete'}
          testId="key-delete"
          confirmTestId="key-delete-confirm"
          refocusAfterConfirm={false}
          onConfirm={remove}
        />
      ) : null}
    </div>
  );
}
