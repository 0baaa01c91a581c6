/**
 * Puts every store back to its initial state between tests.
 */
import { setApi, type HandoffApi } from '../api';
import { initialAppState, useAppStore } from '../stores/use-app-store';
import { initialFocusState, useFocusStore } from '../stores/use-focus-store';
import { initialConnectionsState, useConnectionsStore } from '../stores/use-connections-store';
import { initialIntegrationsState, useIntegrationsStore } from '../stores/use-integrations-store';
import { initialLedgerState, useLedgerStore } from '../stores/use-ledger-store';
import { initialNetworkState, useNetworkStore } from '../stores/use-network-store';
import { initialProfilesState, useProfilesStore } from '../stores/use-profiles-store';
import { initialPreflightState, usePreflightStore } from '../stores/use-preflight-store';
import { initialPrivacyState, usePrivacyStore } from '../stores/use-privacy-store';
import { initialSessionsState, useSessionsStore } from '../stores/use-sessions-store';
import { initialSpotlightState, useSpotlightStore } from '../stores/use-spotlight-store';

/** Resets the stores and points them at `api`. */
export function resetStores(api: HandoffApi | null): void {
  setApi(api);
  useAppStore.setState(initialAppState);
  useConnectionsStore.setState(initialConnectionsState);
  useFocusStore.setState(initialFocusState);
  useIntegrationsStore.setState(initialIntegrationsState);
  useNetworkStore.setState(initialNetworkState);
  useProfilesStore.setState(initialProfilesState);
  useSessionsStore.setState(initialSessionsState);
  useLedgerStore.setState(initialLedgerState);
  usePreflightStore.setState(initialPreflightState);
  usePrivacyStore.setState(initialPrivacyState);
  useSpotlightStore.setState(initialSpotlightState);
}
