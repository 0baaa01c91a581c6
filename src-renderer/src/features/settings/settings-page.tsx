/**
 * Settings: the profiles on the left, the chosen one (or a new one) on the right.
 */
import { useState } from 'react';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { ProfileForm } from '../setup/profile-form';
import { MessageTemplatePanel } from './message-template-panel';
import { ProfileDetail } from './profile-detail';
import { ProfileList } from './profile-list';

/** The Settings tab. */
export function SettingsPage() {
  const profiles = useProfilesStore((s) => s.profiles);
  const activeProfileId = useProfilesStore((s) => s.activeProfileId);
  const [choice, setChoice] = useState<string | null>(null);
  const chosen =
    choice === 'new'
      ? null
      : (profiles.find((p) => p.id === choice) ??
        profiles.find((p) => p.id === activeProfileId) ??
        profiles[0] ??
        null);
  const selected = chosen?.id ?? 'new';

  return (
    <div className="settings">
      <aside className="settings__side">
        <h1 className="section-title">Profiles</h1>
        <ProfileList
          profiles={profiles}
          activeProfileId={activeProfileId}
          selected={selected}
          onSelect={setChoice}
        />
      </aside>
      <div className="settings__main">
        {chosen ? (
          <ProfileDetail
            key={chosen.id}
            profile={chosen}
            active={chosen.id === activeProfileId}
            onRemoved={() => setChoice(null)}
          />
        ) : (
          <section className="panel" aria-labelledby="new-profile-title">
            <h2 id="new-profile-title" className="page-title">
              New profile
            </h2>
            <p className="muted">
              One profile per Nango environment (for example Production and Staging).
            </p>
            <ProfileForm onDone={(profile) => setChoice(profile.id)} />
          </section>
        )}
        <MessageTemplatePanel />
      </div>
    </div>
  );
}
