/**
 * The app's sections: Handoff, Reconnect desk, Ledger and Settings.
 */
import { useAppStore, type Tab } from '../../stores/use-app-store';

const TABS: { id: Tab; label: string }[] = [
  { id: 'handoff', label: 'Handoff' },
  { id: 'desk', label: 'Reconnect desk' },
  { id: 'ledger', label: 'Ledger' },
  { id: 'settings', label: 'Settings' },
];

/** The section switcher under the header. */
export function NavTabs() {
  const tab = useAppStore((s) => s.tab);
  const setTab = useAppStore((s) => s.setTab);
  return (
    <nav className="nav" aria-label="Sections">
      {TABS.map((item) => (
        <button
          key={item.id}
          type="button"
          className="nav__item"
          aria-current={tab === item.id ? 'page' : undefined}
          data-testid={`nav-${item.id}`}
          onClick={() => setTab(item.id)}
        >
          {item.label}
        </button>
      ))}
    </nav>
  );
}
