/**
 * One profile in Settings: make it active, edit its name and URLs, manage its key, remove it.
 */
import { useRef, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { ErrorAlert } from '../../ui/error-alert';
import { InlineConfirm } from '../../ui/inline-confirm';
import { KeyPanel } from '../setup/key-panel';
import { ProfileForm } from '../setup/profile-form';

export interface ProfileDetailProps {
  profile: ProfileView;
  active: boolean;
  onRemoved: () => void;
  /** Just created: its key is the next thing to enter, so the key input takes focus. */
  focusKey?: boolean;
}

/** The profile's settings. */
export function ProfileDetail({ profile, active, onRemoved, focusKey }: ProfileDetailProps) {
  const activate = useProfilesStore((s) => s.activate);
  const remove = useProfilesStore((s) => s.remove);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState('');
  const [pending, setPending] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const run = async <T,>(
    action: () => Promise<{ ok: true; data: T } | { ok: false; error: AppError }>,
  ) => {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result.ok) setError(result.error);
    return result.ok;
  };

  return (
    <div className="profile-detail" data-testid="profile-detail">
      <header className="profile-detail__header">
        <h2 className="page-title" ref={titleRef} tabIndex={-1}>
          {profile.name}
        </h2>
        {active ? (
          <span className="badge badge--active">Active profile</span>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            data-testid="profile-activate"
            onClick={async () => {
              // The button goes once the profile is active: focus stays on this profile.
              if (await run(() => activate(profile.id))) titleRef.current?.focus();
            }}
          >
            Make active
          </button>
        )}
      </header>
      <ErrorAlert error={error} compact />
      <section className="panel" aria-labelledby={`env-${profile.id}`}>
        <h3 id={`env-${profile.id}`} className="panel__title">
          Environment
        </h3>
        <ProfileForm profile={profile} onDone={() => setSaved('Profile saved.')} />
        <p className="success-text" aria-live="polite">
          {saved}
        </p>
      </section>
      <section className="panel" aria-labelledby={`key-${profile.id}`}>
        <h3 id={`key-${profile.id}`} className="panel__title">
          Secret key
        </h3>
        <KeyPanel profile={profile} allowDelete autoFocus={focusKey} />
      </section>
      <section className="panel panel--danger" aria-labelledby={`remove-${profile.id}`}>
        <h3 id={`remove-${profile.id}`} className="panel__title">
          Remove profile
        </h3>
        <p className="muted">Its live links keep working until they expire.</p>
        <InlineConfirm
          label="Remove profile"
          question={
            <>
              Remove “{profile.name}”? This <strong>removes its key from the keychain</strong>.
            </>
          }
          confirmLabel="Remove profile"
          pending={pending}
          testId="profile-remove"
          confirmTestId="profile-remove-confirm"
          onConfirm={async () => {
            if (await run(() => remove(profile.id))) onRemoved();
          }}
        />
      </section>
    </div>
  );
}
