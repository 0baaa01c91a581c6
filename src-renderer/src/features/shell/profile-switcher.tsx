/**
 * The active profile, always visible in the header, and the way to switch to another.
 */
import { useState } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { selectActiveProfile, useProfilesStore } from '../../stores/use-profiles-store';

/** The header's profile picker. */
export function ProfileSwitcher() {
  const profiles = useProfilesStore((s) => s.profiles);
  const active = useProfilesStore(selectActiveProfile);
  const activate = useProfilesStore((s) => s.activate);
  const setTab = useAppStore((s) => s.setTab);
  const [switching, setSwitching] = useState(false);

  if (profiles.length === 0) {
    return (
      <button
        type="button"
        className="button button--ghost button--small"
        data-testid="profile-switcher"
        onClick={() => setTab('settings')}
      >
        No profile yet — set one up
      </button>
    );
  }
  const keyOk = active?.key.status === 'ok';
  return (
    <div className="profile-switcher">
      <label className="visually-hidden" htmlFor="profile-switcher">
        Profile
      </label>
      <span
        className={`status-dot ${keyOk ? 'status-dot--ok' : 'status-dot--warn'}`}
        title={keyOk ? 'Key ready' : (active?.key.message ?? 'No active profile')}
        aria-hidden="true"
      />
      <select
        id="profile-switcher"
        className="select select--compact"
        data-testid="profile-switcher"
        value={active?.id ?? ''}
        disabled={switching}
        onChange={async (event) => {
          setSwitching(true);
          try {
            await activate(event.target.value);
          } finally {
            setSwitching(false);
          }
        }}
      >
        {active ? null : (
          <option value="" disabled>
            Choose a profile
          </option>
        )}
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
