/**
 * First run (or a key that stopped working): create a profile, paste its key, test it.
 * Stays open after the key works so the user can read what it can do, until "Start". How the
 * key stands is said once, by the key panel's status; focus follows the steps.
 */
import { useCallback, useRef } from 'react';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { KeyPanel } from './key-panel';
import { ProfileForm } from './profile-form';

export interface SetupGuideProps {
  profile: ProfileView | null;
  onFinish: () => void;
}

/** The step-by-step setup. */
export function SetupGuide({ profile, onFinish }: SetupGuideProps) {
  const keyOk = profile?.key.status === 'ok';
  const startRef = useRef<HTMLButtonElement>(null);
  const focusStart = useCallback(() => startRef.current?.focus(), []);
  return (
    <section className="setup panel" aria-labelledby="setup-title" data-testid="setup-guide">
      <header className="setup__header">
        <h1 id="setup-title" className="page-title">
          {profile ? `Finish setting up “${profile.name}”` : 'Set up Handoff'}
        </h1>
        <p className="muted">
          Handoff creates Nango connect links with your environment’s key. It takes a minute.
        </p>
      </header>
      <ol className="steps">
        <li className={`step ${profile ? 'step--done' : 'step--current'}`}>
          <h2 className="step__title">Add your Nango environment</h2>
          {profile ? (
            <p className="muted">
              {profile.name} · <span className="mono">{profile.apiBaseUrl}</span>
            </p>
          ) : (
            <ProfileForm submitLabel="Create profile" autoFocus />
          )}
        </li>
        <li className={`step ${!profile ? 'step--todo' : keyOk ? 'step--done' : 'step--current'}`}>
          <h2 className="step__title">Paste its secret key</h2>
          {profile ? <KeyPanel profile={profile} autoFocus={!keyOk} onTested={focusStart} /> : null}
        </li>
        <li className={`step ${keyOk ? 'step--current' : 'step--todo'}`}>
          <h2 className="step__title">Hand off your first link</h2>
          <p className="muted">Enter who the link is for, then show its QR code to the customer.</p>
          {keyOk ? (
            <button
              ref={startRef}
              type="button"
              className="button button--primary"
              data-testid="setup-finish"
              onClick={onFinish}
            >
              Start a handoff
            </button>
          ) : null}
        </li>
      </ol>
    </section>
  );
}
