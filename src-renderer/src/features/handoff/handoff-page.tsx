/**
 * The main screen: the create form (or setup, until a key works) beside the live cards.
 * A key that stops working mid-session does not take the form away: what the rep typed stays,
 * and the key is fixed in a panel above it.
 */
import { useRef, useState } from 'react';
import { needsSetup, selectActiveProfile, useProfilesStore } from '../../stores/use-profiles-store';
import { SessionGrid } from '../sessions/session-grid';
import { useFocusRequest } from '../shell/use-focus-request';
import { KeyRepairPanel, PageSuspense, SetupGuide } from '../shell/lazy-pages';
import { CreateSessionForm } from './create-form';

/** The Handoff tab. */
export function HandoffPage() {
  const profile = useProfilesStore(selectActiveProfile);
  const blocked = needsSetup(profile);
  const [guideOpen, setGuideOpen] = useState(blocked);
  const [repairing, setRepairing] = useState(false);
  // Without a profile there is nothing but setup; a key gone bad under the form is repaired
  // in place (derived state, set during render as React recommends).
  if (!profile && !guideOpen) setGuideOpen(true);
  if (profile && blocked && !guideOpen && !repairing) setRepairing(true);
  // "New handoff" (menu or shortcut) lands on the form's first field (or the guide's).
  const formRef = useRef<HTMLDivElement>(null);
  useFocusRequest('new-handoff', formRef);
  const showGuide = guideOpen || !profile;

  return (
    <div className={`handoff-page${showGuide ? ' handoff-page--setup' : ''}`}>
      <div className="handoff-page__form" ref={formRef}>
        {showGuide ? (
          <PageSuspense>
            <SetupGuide profile={profile} onFinish={() => setGuideOpen(false)} />
          </PageSuspense>
        ) : (
          <>
            {repairing ? (
              <PageSuspense>
                <KeyRepairPanel profile={profile} onClose={() => setRepairing(false)} />
              </PageSuspense>
            ) : null}
            <CreateSessionForm profile={profile} onCreated={() => setRepairing(false)} />
          </>
        )}
      </div>
      <SessionGrid />
    </div>
  );
}
