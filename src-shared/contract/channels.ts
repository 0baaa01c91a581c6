/**
 * The one IPC contract: channel (`domain:verb`) → zod request schema → result type.
 * Main registers a handler for every channel (a test fails otherwise), the preload builds its
 * API from it, and the renderer imports its types.
 */
import type { z } from 'zod';
import type { NetworkStatus, Notice, SessionStoreStatus } from '../models/app-status';
import type { RemoteConnection, SavedConnection } from '../models/connection';
import type { ProfilesState, ProfileView } from '../models/profile';
import type { AppearanceState } from '../models/appearance';
import type { LedgerState } from '../models/ledger';
import type { PreflightSettings } from '../models/preflight';
import type { MessageTemplate, PrivacyState } from '../models/presentation';
import type { HandoffSession, RevokeAllSummary } from '../models/session';
import * as pf from './preflight-schemas';
import * as s from './schemas';

/** Carries a result type at the type level only. */
interface Returns<T> {
  readonly __result?: T;
}
const returns = <T>(): Returns<T> => ({});

/** An integration the key can see, for the picker. */
export interface IntegrationOption {
  id: string;
  provider: string;
  displayName: string;
}

/** The integration list, or why there is none (so the picker degrades to free text). */
export type IntegrationsResult =
  { available: true; integrations: IntegrationOption[] } | { available: false; reason: string };

/** One page of connections listed by Nango for import. */
export interface RemoteConnectionsPage {
  connections: RemoteConnection[];
  page: number;
  hasMore: boolean;
}

/** Outcome of a status refresh. */
export interface RefreshSummary {
  checked: number;
  broken: number;
  repaired: number;
  missing: number;
  /** ISO 8601. */
  refreshedAt: string;
}

/** Everything the renderer needs at start-up, in one round trip. */
export interface AppSnapshot {
  profiles: ProfilesState;
  sessions: HandoffSession[];
  /** The `seq` of the last `sessions:changed` that `sessions` includes (0: none yet). */
  sessionsSeq: number;
  connections: SavedConnection[];
  network: NetworkStatus;
  notices: Notice[];
  /** Whether saved links could be opened (the keychain holds their key). */
  sessionStore: SessionStoreStatus;
}

/** A CSV export: where it was saved (null: the person cancelled) and how many rows. */
export interface LedgerExport {
  path: string | null;
  rows: number;
}

export const channels = {
  'app:snapshot': { request: s.emptyRequest, result: returns<AppSnapshot>() },
  'app:dismiss-notice': { request: s.byIdRequest, result: returns<Notice[]>() },

  'profiles:create': { request: s.profileInput, result: returns<ProfileView>() },
  'profiles:update': { request: s.profileUpdate, result: returns<ProfileView>() },
  'profiles:remove': { request: s.byIdRequest, result: returns<ProfilesState>() },
  'profiles:activate': { request: s.byIdRequest, result: returns<ProfilesState>() },

  /** Write-only: the key goes in, never comes back. */
  'key:set': { request: s.setKeyRequest, result: returns<ProfileView>() },
  'key:delete': { request: s.byProfileRequest, result: returns<ProfileView>() },
  /** A harmless read that proves the key works and learns its scopes. */
  'key:test': { request: s.byProfileRequest, result: returns<ProfileView>() },

  'integrations:list': { request: s.byProfileRequest, result: returns<IntegrationsResult>() },

  'sessions:create': { request: s.createSessionRequest, result: returns<HandoffSession>() },
  'sessions:reconnect': { request: s.reconnectRequest, result: returns<HandoffSession>() },
  'sessions:revoke': { request: s.byIdRequest, result: returns<HandoffSession>() },
  'sessions:dismiss': { request: s.byIdRequest, result: returns<HandoffSession[]>() },
  /** Main looks the link up by id and writes it to the clipboard. */
  'sessions:copy-link': { request: s.byIdRequest, result: returns<null>() },
  /** Main fills the message template with the session's link and opens a mailto: URL. */
  'sessions:email-link': { request: s.byIdRequest, result: returns<null>() },
  /** Main fills the message template with the session's link and puts it on the clipboard. */
  'sessions:copy-message': { request: s.byIdRequest, result: returns<null>() },
  /** Main looks the link up by id and opens it only if it is a vetted https Connect UI link. */
  'sessions:open-link': { request: s.byIdRequest, result: returns<null>() },
  /** Revokes every live link of every profile; says how many were confirmed and queued. */
  'sessions:revoke-all': { request: s.emptyRequest, result: returns<RevokeAllSummary>() },
  /** Tries the keychain again for the sealed session store (it was locked). */
  'sessions:unlock': { request: s.emptyRequest, result: returns<SessionStoreStatus>() },
  /** "Refresh automatically" on a card (on or off; sticks, presenter view or not). */
  'sessions:set-refresh': { request: s.refreshSetRequest, result: returns<HandoffSession>() },
  /** "Continue" after refreshing stopped: a new run; an expired card gets a new link now. */
  'sessions:continue-refresh': { request: s.byIdRequest, result: returns<HandoffSession>() },
  /** Whether the window is visible and what is in presenter view (refreshing pauses if hidden). */
  'window:report-view': { request: s.viewReportRequest, result: returns<null>() },
  /** Saves a completed session's connection to the reconnect desk. */
  'sessions:save-to-desk': { request: s.byIdRequest, result: returns<SavedConnection>() },

  'ledger:list': { request: s.emptyRequest, result: returns<LedgerState>() },
  /** Main writes the entries matching `query` as CSV where the person chooses. */
  'ledger:export-csv': { request: s.ledgerExportRequest, result: returns<LedgerExport>() },
  'ledger:set-retention': { request: s.ledgerRetentionRequest, result: returns<LedgerState>() },

  'connections:save': { request: s.connectionInput, result: returns<SavedConnection>() },
  'connections:update': { request: s.connectionUpdate, result: returns<SavedConnection>() },
  'connections:remove': { request: s.byIdRequest, result: returns<SavedConnection[]>() },
  'connections:search-remote': {
    request: s.remoteSearchRequest,
    result: returns<RemoteConnectionsPage>(),
  },
  'connections:import': { request: s.importRequest, result: returns<SavedConnection[]>() },
  'connections:refresh': { request: s.byProfileRequest, result: returns<RefreshSummary>() },

  'network:retry': { request: s.emptyRequest, result: returns<NetworkStatus>() },

  /** Turns private mode on or off (remembered). */
  'privacy:set': { request: s.privacySetRequest, result: returns<PrivacyState>() },
  /** What the renderer shows now (a QR code, presenter view); main decides the protection. */
  'privacy:report': { request: s.privacyReportRequest, result: returns<PrivacyState>() },

  /** A profile's phone pre-flight defaults and presets. */
  'preflight:get': { request: s.byProfileRequest, result: returns<PreflightSettings>() },
  'preflight:set-defaults': {
    request: pf.preflightDefaultsRequest,
    result: returns<PreflightSettings>(),
  },
  'preflight:save-preset': { request: pf.savePresetRequest, result: returns<PreflightSettings>() },
  'preflight:remove-preset': {
    request: pf.removePresetRequest,
    result: returns<PreflightSettings>(),
  },

  /** Settings → Appearance: the theme choice (System, Light, Dark) and whether it is dark now. */
  'appearance:get': { request: s.emptyRequest, result: returns<AppearanceState>() },
  /** Remembers the choice and applies it to the OS theme the window follows. */
  'appearance:set': { request: s.appearanceSetRequest, result: returns<AppearanceState>() },

  /** The delivery message template (placeholders only, never a filled message). */
  'delivery:template': { request: s.emptyRequest, result: returns<MessageTemplate>() },
  'delivery:set-template': { request: s.templateRequest, result: returns<MessageTemplate>() },
  'delivery:reset-template': { request: s.emptyRequest, result: returns<MessageTemplate>() },
} as const;

/** Every channel name. */
export type Channel = keyof typeof channels;
/** The parsed request type of a channel. */
export type RequestOf<C extends Channel> = z.infer<(typeof channels)[C]['request']>;
/** The success data type of a channel. */
export type ResultOf<C extends Channel> = Exclude<
  (typeof channels)[C]['result']['__result'],
  undefined
>;
/** All channel names, for registration checks. */
export const CHANNELS = Object.keys(channels) as Channel[];
/** True when a string names a contract channel. */
export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.hasOwn(channels, value);
