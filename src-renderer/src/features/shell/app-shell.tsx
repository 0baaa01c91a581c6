/**
 * The window's frame: header, notices and the open section.
 */
import { useAppStore } from '../../stores/use-app-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';
import { HandoffPage } from '../handoff/handoff-page';
import { PresenterView } from '../presenter/presenter-view';
import { usePresenterShortcut } from '../presenter/use-presenter-shortcut';
import { AppHeader } from './app-header';
import { DeskPage, LedgerPage, PageSuspense, SettingsPage } from './lazy-pages';
import { NoticesBanner } from './notices-banner';
import { StartupState } from './startup-state';

/** The whole app UI. */
export function AppShell() {
  const tab = useAppStore((s) => s.tab);
  const phase = useAppStore((s) => s.phase);
  const presenting = useSpotlightStore((s) => s.presenterId !== null);
  usePresenterShortcut();
  return (
    <>
      <div className="app" inert={presenting}>
        <AppHeader />
        <NoticesBanner />
        <main className="main" id="main">
          {phase !== 'ready' ? <StartupState /> : null}
          {/* One boundary per tab: a tab whose chunk is loading shows its own fallback at once. */}
          <PageSuspense key={tab}>
            {phase === 'ready' && tab === 'handoff' ? <HandoffPage /> : null}
            {phase === 'ready' && tab === 'desk' ? <DeskPage /> : null}
            {phase === 'ready' && tab === 'ledger' ? <LedgerPage /> : null}
            {phase === 'ready' && tab === 'settings' ? <SettingsPage /> : null}
          </PageSuspense>
        </main>
      </div>
      <PresenterView />
    </>
  );
}
