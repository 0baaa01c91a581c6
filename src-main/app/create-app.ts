/**
 * The composition root: builds every service from its dependencies. The Electron entry and
 * the e2e harness both call this, so the harness runs exactly the app's main-process code.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { EventSink } from '../../src-shared/contract/events';
import { Appearance } from '../appearance/appearance-service';
import { openAppearanceStore } from '../appearance/appearance-store';
import { openConnectionStore } from '../connections/connection-store';
import { ConnectionService } from '../connections/connection-service';
import { startRefreshSchedule } from '../connections/refresh-schedule';
import type { Handlers } from '../ipc/handlers';
import { KeychainVault } from '../keychain/keychain-vault';
import type { SecretStore } from '../keychain/secret-store';
import { LedgerService } from '../ledger/ledger-service';
import { openFileJournal } from '../ledger/journal-file';
import { openLedgerStore } from '../ledger/ledger-store';
import { createNangoClient, DEFAULT_TIMEOUT_MS } from '../nango/nango-client';
import { createSessionTokenClient } from '../nango/session-token-client';
import { NetworkMonitor } from '../network/network-monitor';
import { RequestScheduler } from '../network/request-scheduler';
import { NoticeCenter } from '../notices/notice-center';
import type { Clock } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import { openProfileStore } from '../profiles/profile-store';
import { openPreflightStore } from '../preflight/preflight-store';
import { PreflightService } from '../preflight/preflight-service';
import { Delivery } from '../presentation/delivery';
import { openPresentationStore } from '../presentation/presentation-store';
import { PrivateMode } from '../presentation/private-mode';
import { ProfileService } from '../profiles/profile-service';
import { CompletionPoller } from '../sessions/completion-poller';
import { loadInstallId } from '../sessions/install-id';
import { decideQuit, type QuitDecision } from '../sessions/quit-guard';
import { RotationService } from '../sessions/rotation/rotation-service';
import { SessionService } from '../sessions/session-service';
import { createSessionStore } from '../sessions/session-store';
import type { OpenJsonBackend } from '../store/json-backend';
import { createHandlers } from './create-handlers';

/** Everything the app's main process depends on from the outside world. */
export interface AppDeps {
  clock: Clock;
  fetch: typeof fetch;
  secretStore: SecretStore;
  openStore: OpenJsonBackend;
  /** The app's data folder (the sealed session store lives there). */
  dataDir: string;
  desktop: Desktop;
  emit: EventSink;
  /** Keychain call timeout; the default suits people, tests shorten it. */
  keychainTimeoutMs?: number;
  /** Real-time limit (ms) on one Nango request; default 15 s (DEFAULT_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  newId?: () => string;
}

/** The running main-process app. */
export interface HandoffApp {
  handlers: Handlers;
  network: NetworkMonitor;
  sessions: SessionService;
  profiles: ProfileService;
  connections: ConnectionService;
  privacy: PrivateMode;
  /** The theme choice, applied to the desktop's theme. */
  appearance: Appearance;
  /** One-time messages for the user (the Electron layer adds its own: a reloaded window). */
  notices: NoticeCenter;
  ledger: LedgerService;
  poller: CompletionPoller;
  /** Self-refreshing links. */
  rotation: RotationService;
  /** Resolves once saved sessions were restored and checked with Nango (or found locked). */
  ready: Promise<void>;
  /** Asks (through the Desktop) what to do with live links; resolves whether to quit now. */
  beforeQuit(): Promise<QuitDecision>;
  /** Stops timers (expiry, retries, polling, background refresh). */
  dispose(): void;
}

/** Builds the app's services. */
export function createApp(deps: AppDeps): HandoffApp {
  const { clock, emit } = deps;
  const newId = deps.newId ?? randomUUID;
  const notices = new NoticeCenter(emit);
  const notify = (level: 'info' | 'warning', message: string) => notices.add(level, message);
  let networkBack = (): void => undefined;
  const network = new NetworkMonitor({
    clock,
    onChange: (status) => {
      emit('network:changed', status);
      if (status.online) networkBack();
    },
  });
  const scheduler = new RequestScheduler({ clock });
  const vault = new KeychainVault({
    store: deps.secretStore,
    clock,
    ...(deps.keychainTimeoutMs ? { timeoutMs: deps.keychainTimeoutMs } : {}),
    onActivity: (waiting) => emit('keychain:activity', { waiting }),
  });
  const profiles = new ProfileService({
    store: openProfileStore(deps.openStore('profiles'), notify),
    vault,
    clock,
    emit,
    newId,
    createClient: (profile, getSecretKey) =>
      createNangoClient({
        baseUrl: profile.apiBaseUrl,
        getSecretKey,
        fetch: deps.fetch,
        clock,
        scheduler,
        monitor: network,
        ...(deps.requestTimeoutMs ? { timeoutMs: deps.requestTimeoutMs } : {}),
      }),
  });
  const ledgerStore = openLedgerStore(
    deps.openStore('ledger'),
    notify,
    openFileJournal(join(deps.dataDir, 'ledger.journal.jsonl')),
  );
  const ledger = new LedgerService({
    store: ledgerStore,
    clock,
    emit,
    notify,
  });
  const installId = loadInstallId(deps.openStore('install'), notify, newId);
  // Session-token calls go to the origin that issued the session, and never carry the key.
  const sessionTokens = createSessionTokenClient({
    fetch: deps.fetch,
    scheduler,
    monitor: network,
    clock,
    timeoutMs: deps.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const preflight = new PreflightService({
    store: openPreflightStore(deps.openStore('preflight'), notify),
    newId,
    hasProfile: (id) => profiles.has(id),
  });
  const sessions = new SessionService({
    clock,
    emit,
    profiles,
    desktop: deps.desktop,
    newId,
    store: createSessionStore({ folder: deps.dataDir, vault, notify, now: () => clock.now() }),
    ledger,
    sessionTokens,
    installId,
    notify,
    phoneDefaults: (profileId) =>
      profiles.has(profileId) ? preflight.get(profileId).defaults : {},
  });
  const poller = new CompletionPoller({
    clock,
    targets: () => sessions.pollTargets(),
    list: (profileId, query) =>
      profiles.call(profileId, (client) => client.listConnections(query, 'background')),
    deliver: (profileId, found) => sessions.noticeConnections(profileId, found),
    online: () => network.status().online,
    installId,
    onForbidden: () =>
      notify(
        'warning',
        'This key lacks the environment:connections:list scope, so Handoff cannot see when a customer finishes. Revoke links yourself once they are done, or add the scope.',
      ),
  });
  sessions.onChange(() => poller.sync());
  const rotation = new RotationService({ clock, sessions });
  const stopPowerWatch = deps.desktop.onPowerChange((state) => rotation.setPower(state));
  networkBack = () => {
    sessions.networkBack();
    rotation.networkBack();
    poller.sync();
  };
  void sessions.start();
  const ready = sessions.whenChecked();
  const connections = new ConnectionService({
    store: openConnectionStore(deps.openStore('connections'), notify),
    profiles,
    sessions,
    clock,
    emit,
    newId,
  });
  const stopRefresh = startRefreshSchedule({
    clock,
    target: () => backgroundRefreshTarget(profiles, network),
    refresh: (profileId) => connections.refresh(profileId, 'background'),
  });
  const presentationStore = openPresentationStore(deps.openStore('presentation'), notify);
  const privacy = new PrivateMode({ store: presentationStore, desktop: deps.desktop, emit });
  const delivery = new Delivery({
    store: presentationStore,
    sessions: () => sessions.list(),
    desktop: deps.desktop,
    clock,
  });
  const appearance = new Appearance({
    store: openAppearanceStore(deps.openStore('appearance'), notify),
    desktop: deps.desktop,
    emit,
  });
  const handlers = createHandlers({
    profiles,
    sessions,
    connections,
    notices,
    network,
    ledger,
    desktop: deps.desktop,
    clock,
    presentation: { privacy, delivery },
    preflight,
    appearance,
    rotation,
  });
  return {
    handlers,
    network,
    sessions,
    profiles,
    connections,
    privacy,
    appearance,
    notices,
    ledger,
    poller,
    rotation,
    ready,
    beforeQuit: () =>
      decideQuit({
        liveLinks: () => sessions.liveCount(),
        ask: (request) => deps.desktop.confirmQuit(request),
        revokeAll: () => sessions.revokeAll(),
      }),
    dispose() {
      stopRefresh();
      stopPowerWatch();
      rotation.dispose();
      poller.dispose();
      sessions.dispose();
      appearance.dispose();
      ledgerStore.dispose();
    },
  };
}

function backgroundRefreshTarget(profiles: ProfileService, network: NetworkMonitor): string | null {
  if (!network.status().online) return null;
  const doc = profiles.activeProfile();
  return doc && doc.capabilities?.connectionsList ? doc.id : null;
}
