/**
 * First run (or a key that stopped working): create a profile, paste its key, test it.
 * Stays open after the key works so the user can read what it can do, until "Start".
 */
import type { ProfileView } from '../../../../src-shared/models/profile';
import { KeyPanel } from './key-panel';
import { ProfileForm } from './profile-form';

/** Props for {@link SetupGuide}. */
export interface SetupGuideProps {
  profile: ProfileView | null;
  onFinish: () => void;
}

/** The step-by-step setup. */
export function SetupGuide({ profile, onFinish }: SetupGuideProps) {
  const keyOk = profile?.key.status === 'ok';
  return (
    <section className="setup panel" aria-labelledby="setup-title" data-testid="setup-guide">
      <header className="setup__header">
        <h1 id="setup-title" className="page-title">
          {profile ? `Finish setting up “${profile.name}”` : 'Set up Handoff'}
        </h1>
        <p className="muted">
          Handoff creates Nango connect links with your environment’s key. It takes a minute.
        </p>
        {keyOk ? (
          <div className="setup__ready" role="status">
            <p>
              <strong>Ready.</strong>{' '}
              {profile?.capabilities
                ? 'Nango accepted the key.'
                : 'The key is stored. Test it below to see what it can do.'}
            </p>
            <button
              type="button"
              className="button button--primary"
              data-testid="setup-finish"
              onClick={onFinish}
            >
              Start a handoff
            </button>
          </div>
        ) : null}
      </header>
      <ol className="steps">
        <li className={`step ${profile ? 'step--done' : 'step--current'}`}>
          <h2 className="step__title">Add your Nango environment</h2>
          {profile ? (
            <p className="muted">
              {profile.name} · <span className="mono">{profile.apiBaseUrl}</span>
            </p>
          ) : (
            <ProfileForm submitLabel="Create profile" />
          )}
        </li>
        <li className={`step ${!profile ? 'step--todo' : keyOk ? 'step--done' : 'step--current'}`}>
          <h2 className="step__title">Paste its secret key</h2>
          {profile ? <KeyPanel profile={profile} /> : null}
        </li>
        <li className={`step ${keyOk ? 'step--current' : 'step--todo'}`}>
          <h2 className="step__title">Hand off your first link</h2>
          <p className="muted">Enter who the link is for, then show its QR code to the customer.</p>
        </li>
      </ol>
    </section>
  );
}
