/**
 * Views that are not on the first screen, loaded on first use so the start-up bundle holds
 * only the Handoff tab: each becomes its own chunk, fetched from the app's own origin (the
 * CSP's script-src 'self') when the user first opens it.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** React.lazy for a module's named export. */
function lazyNamed<P extends object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): ComponentType<P> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

/** The reconnect desk. */
export const DeskPage = lazyNamed(() => import('../desk/desk-page'), 'DeskPage');
/** The link history. */
export const LedgerPage = lazyNamed(() => import('../ledger/ledger-page'), 'LedgerPage');
/** Profiles and keys. */
export const SettingsPage = lazyNamed(() => import('../settings/settings-page'), 'SettingsPage');
/** First-run setup (profile, key, test). */
export const SetupGuide = lazyNamed<import('../setup/setup-guide').SetupGuideProps>(
  () => import('../setup/setup-guide'),
  'SetupGuide',
);

/** The fix-the-key panel, shown over the create form only when a key stops working. */
export const KeyRepairPanel = lazyNamed<import('../handoff/key-repair-panel').KeyRepairPanelProps>(
  () => import('../handoff/key-repair-panel'),
  'KeyRepairPanel',
);

/** Shows a quiet "Loading…" while a lazy view's chunk arrives (a few ms from disk). */
export function PageSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="startup" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
