/**
 * Shown above the create form when the active profile's key stops working mid-session (Nango
 * rejected it, the keychain locked, it was deleted): fix the key right here, then create the
 * link again with everything the rep typed still in the form.
 */
import type { ProfileView } from '../../../../src-shared/models/profile';
import { KeyPanel } from '../setup/key-panel';

export interface KeyRepairPanelProps {
  profile: ProfileView;
  /** Once the key works again, the rep may put the panel away. */
  onClose: () => void;
}

/** The in-place key fix. */
export function KeyRepairPanel({ profile, onClose }: KeyRepairPanelProps) {
  const fixed = profile.key.status === 'ok';
  return (
    <section
      className="panel key-repair"
      aria-labelledby="key-repair-title"
      data-testid="key-repair"
      data-fixed={fixed}
    >
      <header className="key-repair__header">
        <h2 id="key-repair-title" className="panel__title">
          {fixed ? 'Key replaced' : `Fix the key of “${profile.name}”`}
        </h2>
        <p className="muted small">
          {fixed
            ? 'Create the link again below: what you typed is still there.'
            : 'No link was created. What you typed below is kept: fix the key, then create the link again.'}
        </p>
        {fixed ? (
          <button
            type="button"
            className="button button--ghost button--small"
            data-testid="key-repair-close"
            onClick={onClose}
          >
            Close
          </button>
        ) : null}
      </header>
      <KeyPanel profile={profile} autoFocus compact />
    </section>
  );
}
