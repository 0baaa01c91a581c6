/**
 * The main screen: the create form (or setup, until a key works) beside the live cards.
 */
import { useState } from 'react';
import { needsSetup, selectActiveProfile, useProfilesStore } from '../../stores/use-profiles-store';
import { SessionGrid } from '../sessions/session-grid';
import { SetupGuide } from '../setup/setup-guide';
import { CreateSessionForm } from './create-form';

/** The Handoff tab. */
export function HandoffPage() {
  const profile = useProfilesStore(selectActiveProfile);
  const blocked = needsSetup(profile);
  const [guideOpen, setGuideOpen] = useState(blocked);
  // Reopen the guide whenever setup is needed again (e.g. the key was rejected).
  if (blocked && !guideOpen) setGuideOpen(true);

  return (
    <div className={`handoff-page${guideOpen ? ' handoff-page--setup' : ''}`}>
      <div className="handoff-page__form">
        {guideOpen || !profile ? (
          <SetupGuide profile={profile} onFinish={() => setGuideOpen(false)} />
        ) : (
          <CreateSessionForm profile={profile} />
        )}
      </div>
      <SessionGrid />
    </div>
  );
}
