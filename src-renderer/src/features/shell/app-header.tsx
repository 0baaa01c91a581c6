/**
 * The top bar: app name, section tabs, keychain and network state, and the active profile.
 */
import { KeychainIndicator } from './keychain-indicator';
import { NavTabs } from './nav-tabs';
import { NetworkPill } from './network-pill';
import { PrivacyIndicator } from './privacy-indicator';
import { ProfileSwitcher } from './profile-switcher';

export function AppHeader() {
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true" />
        <span className="header__name">Handoff</span>
      </div>
      <NavTabs />
      <div className="header__status">
        <PrivacyIndicator />
        <KeychainIndicator />
        <NetworkPill />
        <ProfileSwitcher />
      </div>
    </header>
  );
}
