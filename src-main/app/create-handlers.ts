/**
 * Channel → handler, thin over the services. Requests arrive already validated by the router;
 * errors are thrown and mapped to results in one place (ipc/to-app-error.ts).
 */
import type { IntegrationsResult } from '../../src-shared/contract/channels';
import { appearanceHandlers } from '../appearance/appearance-handlers';
import type { Appearance } from '../appearance/appearance-service';
import type { ConnectionService } from '../connections/connection-service';
import type { Handlers } from '../ipc/handlers';
import { NangoError } from '../nango/nango-error';
import type { NetworkMonitor } from '../network/network-monitor';
import type { LedgerService } from '../ledger/ledger-service';
import type { Clock } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import { exportLedger } from '../ledger/export-ledger';
import { saveToDesk } from '../connections/save-to-desk';
import type { NoticeCenter } from '../notices/notice-center';
import { preflightHandlers } from '../preflight/preflight-handlers';
import type { PreflightService } from '../preflight/preflight-service';
import {
  presentationHandlers,
  type PresentationServices,
} from '../presentation/presentation-handlers';
import type { ProfileService } from '../profiles/profile-service';
import { rotationHandlers } from '../sessions/rotation/rotation-handlers';
import type { RotationService } from '../sessions/rotation/rotation-service';
import type { SessionService } from '../sessions/session-service';

/** The services the handlers call. */
export interface HandlerServices {
  profiles: ProfileService;
  sessions: SessionService;
  connections: ConnectionService;
  notices: NoticeCenter;
  network: NetworkMonitor;
  ledger: LedgerService;
  desktop: Desktop;
  clock: Clock;
  presentation: PresentationServices;
  preflight: PreflightService;
  appearance: Appearance;
  rotation: RotationService;
}

/** Builds the handler for every contract channel. */
export function createHandlers(s: HandlerServices): Handlers {
  return {
    'app:snapshot': async () => ({
      profiles: await s.profiles.state(),
      sessions: s.sessions.list(),
      sessionsSeq: s.sessions.changeSeq(),
      connections: s.connections.list(),
      network: s.network.status(),
      notices: s.notices.list(),
      sessionStore: s.sessions.storeStatus(),
    }),
    'app:dismiss-notice': async ({ id }) => s.notices.dismiss(id),

    'profiles:create': (input) => s.profiles.create(input),
    'profiles:update': ({ id, ...patch }) => s.profiles.update(id, patch),
    'profiles:remove': ({ id }) => s.profiles.remove(id),
    'profiles:activate': ({ id }) => s.profiles.activate(id),

    'key:set': ({ profileId, secretKey }) => s.profiles.setKey(profileId, secretKey),
    'key:delete': ({ profileId }) => s.profiles.deleteKey(profileId),
    'key:test': ({ profileId }) => s.profiles.testKey(profileId),

    'integrations:list': ({ profileId }) => listIntegrations(s.profiles, profileId),

    'sessions:create': (input) => s.sessions.create(input),
    'sessions:reconnect': ({ savedConnectionId }) => s.connections.reconnect(savedConnectionId),
    'sessions:dismiss': async ({ id }) => s.sessions.dismiss(id),
    'sessions:copy-link': async ({ id }) => s.sessions.copyLink(id),
    'sessions:open-link': ({ id }) => s.sessions.openLink(id),
    'sessions:revoke-all': () => s.sessions.revokeAll(),
    'sessions:unlock': () => s.sessions.unlock(),
    'sessions:save-to-desk': async ({ id }) => saveToDesk(s.sessions, s.connections, id),

    'ledger:list': async () => s.ledger.state(),
    'ledger:export-csv': ({ query }) => exportLedger(s, query),
    'ledger:set-retention': async (retention) => s.ledger.setRetention(retention),

    'connections:save': async ({ profileId, ...fields }) => s.connections.save(profileId, fields),
    'connections:update': async ({ id, ...patch }) => s.connections.update(id, patch),
    'connections:remove': async ({ id }) => s.connections.remove(id),
    'connections:search-remote': (query) => s.connections.searchRemote(query),
    'connections:import': async ({ profileId, connections }) =>
      s.connections.import(profileId, connections),
    'connections:refresh': ({ profileId }) => s.connections.refresh(profileId),

    'network:retry': () => retryNetwork(s),

    ...presentationHandlers(s.presentation),
    ...preflightHandlers(s.preflight),
    ...appearanceHandlers(s.appearance),
    ...rotationHandlers(s.rotation),
  };
}

/** The picker's integrations; a key without the scope degrades to free text, not an error. */
async function listIntegrations(
  profiles: ProfileService,
  profileId: string,
): Promise<IntegrationsResult> {
  try {
    const list = await profiles.call(profileId, (c) => c.listIntegrations());
    return {
      available: true,
      integrations: list.map((i) => ({
        id: i.uniqueKey,
        provider: i.provider,
        displayName: i.displayName ?? i.uniqueKey,
      })),
    };
  } catch (error) {
    if (error instanceof NangoError && error.kind === 'forbidden') {
      return {
        available: false,
        reason:
          'This key lacks the environment:integrations:list scope: type integration ids instead.',
      };
    }
    throw error;
  }
}

/** Checks reachability now with a harmless read on the active profile. */
async function retryNetwork(s: HandlerServices) {
  const profile = s.profiles.activeProfile();
  if (profile) {
    // Any answer from Nango (even 401/403) proves the network is back; the monitor records it.
    await s.profiles.call(profile.id, (c) => c.listIntegrations()).catch(() => undefined);
  }
  return s.network.status();
}
