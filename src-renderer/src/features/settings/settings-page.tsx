/**
 * Settings: the profiles on the left, the chosen one (or a new one) on the right.
 */
import { useEffect, useRef, useState } from 'react';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { ProfileForm } from '../setup/profile-form';
import { AppearancePanel } from './appearance-panel';
import { MessageTemplatePanel } from './message-template-panel';
import { ProfileDetail } from './profile-detail';
import { ProfileList } from './profile-list';

/** The Settings tab. */
export function SettingsPage() {
  const profiles = useProfilesStore((s) => s.profiles);
  const activeProfileId = useProfilesStore((s) => s.activeProfileId);
  const [choice, setChoice] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [removed, setRemoved] = useState(0);
  const sideRef = useRef<HTMLElement>(null);
  // After a removal the detail shown is another profile's: focus its entry in the list.
  useEffect(() => {
    if (removed === 0) return;
    sideRef.current
      ?.querySelector<HTMLElement>('[aria-current="true"], [data-testid="profile-add"]')
      ?.focus();
  }, [removed]);
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
      <aside className="settings__side" ref={sideRef}>
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
            focusKey={created === chosen.id}
            onRemoved={() => {
              setChoice(null);
              setRemoved((n) => n + 1);
            }}
          />
        ) : (
          <section className="panel" aria-labelledby="new-profile-title">
            <h2 id="new-profile-title" className="page-title">
              New profile
            </h2>
            <p className="muted">
              One profile per Nango environment (for example Production and Staging).
            </p>
            <ProfileForm
              autoFocus
              onDone={(profile) => {
                setCreated(profile.id);
                setChoice(profile.id);
              }}
            />
          </section>
        )}
        <MessageTemplatePanel />
        <AppearancePanel />
      </div>
    </div>
  );
}
