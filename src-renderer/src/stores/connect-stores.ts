/**
 * Wires the stores to main once: subscribes to every event, loads the start-up snapshot and
 * starts the shared clock. Returns the teardown that undoes all of it.
 */
import type { HandoffApi } from '../api';
import { useAppStore } from './use-app-store';
import { startClock } from './use-clock-store';
import { useConnectionsStore } from './use-connections-store';
import { useLedgerStore } from './use-ledger-store';
import { useNetworkStore } from './use-network-store';
import { reportShownView, usePrivacyStore } from './use-privacy-store';
import { reportViewToMain } from './report-view';
import { useProfilesStore } from './use-profiles-store';
import { createSessionSync } from './session-sync';
import { useSessionsStore } from './use-sessions-store';

type Domain = 'profiles' | 'connections' | 'network' | 'notices' | 'sessionStore';

/** Connects the stores to `api`; call once (main.tsx does, before the first render). */
export function connectStores(api: HandoffApi): () => void {
  // Events carry whole state; one that arrives before the snapshot is newer than it. Sessions
  // come as numbered deltas instead, and their sync knows which snapshot is newer.
  const fresh = new Set<Domain>();
  let active = true;
  const sessions = createSessionSync(api, () => active);
  const unsubscribers = [
    api.on('sessions:changed', (change) => sessions.receive(change)),
    api.on('profiles:changed', (state) => {
      fresh.add('profiles');
      useProfilesStore.getState().apply(state);
    }),
    api.on('connections:changed', (connections) => {
      fresh.add('connections');
      useConnectionsStore.getState().replaceAll(connections);
    }),
    api.on('network:changed', (status) => {
      fresh.add('network');
      useNetworkStore.getState().setStatus(status);
    }),
    api.on('notices:changed', (notices) => {
      fresh.add('notices');
      useAppStore.getState().setNotices(notices);
    }),
    api.on('sessions:store-changed', (store) => {
      fresh.add('sessionStore');
      useSessionsStore.getState().setStore(store);
    }),
    api.on('ledger:changed', () => useLedgerStore.getState().changed()),
    api.on('privacy:changed', (state) => usePrivacyStore.getState().apply(state)),
    api.on('keychain:activity', (activity) =>
      useAppStore.getState().setKeychainWaiting(activity.waiting),
    ),
  ];
  const stopClock = startClock();
  // Main hides the window from screen capture while a code is on show: keep it told.
  unsubscribers.push(reportShownView());
  // Self-refreshing links pause while the window is hidden: keep main told, and of presenting.
  unsubscribers.push(reportViewToMain(api));

  void api.app.snapshot({}).then(
    (result) => {
      if (!active) return;
      if (!result.ok) {
        useAppStore.getState().setPhase('failed', result.error);
        return;
      }
      const snapshot = result.data;
      sessions.baseline(snapshot.sessions, snapshot.sessionsSeq);
      if (!fresh.has('profiles')) useProfilesStore.getState().apply(snapshot.profiles);
      if (!fresh.has('connections')) {
        useConnectionsStore.getState().replaceAll(snapshot.connections);
      }
      if (!fresh.has('network')) useNetworkStore.getState().setStatus(snapshot.network);
      if (!fresh.has('notices')) useAppStore.getState().setNotices(snapshot.notices);
      if (!fresh.has('sessionStore')) useSessionsStore.getState().setStore(snapshot.sessionStore);
      useAppStore.getState().setPhase('ready');
    },
    (error: unknown) => {
      if (!active) return;
      const message = error instanceof Error ? error.message : String(error);
      useAppStore.getState().setPhase('failed', { code: 'internal', message });
    },
  );

  return () => {
    active = false;
    for (const unsubscribe of unsubscribers) unsubscribe();
    stopClock();
  };
}
