/**
 * The main screen: the create form (or setup, until a key works) beside the live cards.
 */
import { useRef, useState } from 'react';
import { needsSetup, selectActiveProfile, useProfilesStore } from '../../stores/use-profiles-store';
import { SessionGrid } from '../sessions/session-grid';
import { useFocusRequest } from '../shell/use-focus-request';
import { PageSuspense, SetupGuide } from '../shell/lazy-pages';
import { CreateSessionForm } from './create-form';

/** The Handoff tab. */
export function HandoffPage() {
  const profile = useProfilesStore(selectActiveProfile);
  const blocked = needsSetup(profile);
  const [guideOpen, setGuideOpen] = useState(blocked);
  // Reopen the guide whenever setup is needed again (e.g. the key was rejected).
  if (blocked && !guideOpen) setGuideOpen(true);
  // "New handoff" (menu or shortcut) lands on the form's first field (or the guide's).
  const formRef = useRef<HTMLDivElement>(null);
  useFocusRequest('new-handoff', formRef);

  return (
    <div className={`handoff-page${guideOpen ? ' handoff-page--setup' : ''}`}>
      <div className="handoff-page__form" ref={formRef}>
        {guideOpen || !profile ? (
          <PageSuspense>
            <SetupGuide profile={profile} onFinish={() => setGuideOpen(false)} />
          </PageSuspense>
        ) : (
          <CreateSessionForm profile={profile} />
        )}
      </div>
      <SessionGrid />
    </div>
  );
}
