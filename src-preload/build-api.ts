/**
 * Builds the renderer's API from a transport. Pure (no Electron): the real preload passes
 * `ipcRenderer`, the e2e harness passes Playwright bindings, unit tests pass fakes.
 */
import { isChannelName } from '../src-shared/contract/channel-names';
import type { Channel, RequestOf, ResultOf } from '../src-shared/contract/channels';
import { isAppEvent, type AppEvent, type EventPayloads } from '../src-shared/contract/events';
import type { Result } from '../src-shared/contract/result';

/** Sends a request on a channel and resolves with main's reply. */
export type RawInvoke = (channel: string, request: unknown) => Promise<unknown>;
/** Subscribes to an event channel; returns the unsubscribe function. */
export type RawSubscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/** The API exposed to the renderer as `window.handoff`. */
export type HandoffApi = ReturnType<typeof buildApi>;

/**
 * Builds the API. Only contract channels and events can be reached through it, whatever a
 * compromised renderer passes.
 */
export function buildApi(rawInvoke: RawInvoke, rawSubscribe: RawSubscribe) {
  const call =
    <C extends Channel>(channel: C) =>
    (request: RequestOf<C>): Promise<Result<ResultOf<C>>> => {
      if (!isChannelName(channel)) throw new Error(`Unknown channel ${String(channel)}`);
      return rawInvoke(channel, request) as Promise<Result<ResultOf<C>>>;
    };
  const on = <E extends AppEvent>(event: E, listener: (payload: EventPayloads[E]) => void) => {
    if (!isAppEvent(event)) throw new Error(`Unknown event ${String(event)}`);
    return rawSubscribe(event, (payload) => listener(payload as EventPayloads[E]));
  };
  return {
    app: {
      /** Profiles, sessions, saved connections, network state and notices, in one call. */
      snapshot: call('app:snapshot'),
      /** Hides a notice (e.g. "your settings file was corrupt and was backed up"). */
      dismissNotice: call('app:dismiss-notice'),
    },
    profiles: {
      /** Adds an environment profile (no key yet). */
      create: call('profiles:create'),
      /** Renames or re-points a profile. */
      update: call('profiles:update'),
      /** Removes a profile and deletes its key from the keychain. */
      remove: call('profiles:remove'),
      /** Makes a profile the active one. */
      activate: call('profiles:activate'),
    },
    key: {
      /** Stores (or replaces) a profile's secret key in the OS keychain. Write-only. */
      set: call('key:set'),
      /** Deletes a profile's secret key from the keychain. */
      delete: call('key:delete'),
      /** Proves the key works with a harmless read and learns its scopes. */
      test: call('key:test'),
    },
    integrations: {
      /** Integrations for the picker, or why they are unavailable. */
      list: call('integrations:list'),
    },
    sessions: {
      /** Creates a connect session and its card. */
      create: call('sessions:create'),
      /** Creates a reconnect session for a saved connection, resending its tags. */
      reconnect: call('sessions:reconnect'),
      /** Revokes a session at Nango so its link stops working. */
      revoke: call('sessions:revoke'),
      /** Removes an expired or revoked card. */
      dismiss: call('sessions:dismiss'),
      /** Copies a session's link to the clipboard (main looks it up by id). */
      copyLink: call('sessions:copy-link'),
      /** Opens a session's link in the browser, if it is a vetted https Connect UI link. */
      openLink: call('sessions:open-link'),
      /** Revokes every live link of every profile; returns how many were revoked and queued. */
      revokeAll: call('sessions:revoke-all'),
      /** Tries the keychain again to open saved links. */
      unlock: call('sessions:unlock'),
      /** Saves a completed session's connection to the reconnect desk. */
      saveToDesk: call('sessions:save-to-desk'),
      /** Opens the mail app with the filled message (main builds it by id; link never here). */
      emailLink: call('sessions:email-link'),
      /** Copies the filled message (main builds it by id; the link never passes through here). */
      copyMessage: call('sessions:copy-message'),
      /** Turns a card's "Refresh automatically" on or off. */
      setRefresh: call('sessions:set-refresh'),
      /** Starts refreshing again after it stopped (cap, expiry while away, failure). */
      continueRefresh: call('sessions:continue-refresh'),
    },
    window: {
      /** Tells main whether the window is visible and which session is presented. */
      reportView: call('window:report-view'),
    },
    ledger: {
      /** The link history and its retention setting. */
      list: call('ledger:list'),
      /** Exports the entries matching a search as CSV (main asks where to save it). */
      exportCsv: call('ledger:export-csv'),
      /** Changes how long history is kept. */
      setRetention: call('ledger:set-retention'),
    },
    connections: {
      /** Saves a connection by hand. */
      save: call('connections:save'),
      /** Edits a saved connection. */
      update: call('connections:update'),
      /** Removes a saved connection. */
      remove: call('connections:remove'),
      /** Lists connections at Nango, for import. */
      searchRemote: call('connections:search-remote'),
      /** Saves selected remote connections with their current tags. */
      import: call('connections:import'),
      /** Refreshes saved connections' health from Nango. */
      refresh: call('connections:refresh'),
    },
    network: {
      /** Checks reachability now instead of waiting for the next attempt. */
      retry: call('network:retry'),
    },
    privacy: {
      /** Turns private mode on or off. */
      set: call('privacy:set'),
      /** Tells main whether a QR code and presenter view are on show. */
      report: call('privacy:report'),
    },
    preflight: {
      /** A profile's phone pre-flight defaults and presets. */
      get: call('preflight:get'),
      /** Sets the profile's Connect UI language and theme defaults. */
      setDefaults: call('preflight:set-defaults'),
      /** Saves (or replaces, by name) a pre-flight preset. */
      savePreset: call('preflight:save-preset'),
      /** Removes a preset; `not_found` if it is already gone. */
      removePreset: call('preflight:remove-preset'),
    },
    appearance: {
      /** The theme choice (System, Light or Dark) and whether the app is dark now. */
      get: call('appearance:get'),
      /** Remembers a theme choice; the window and its colours follow it. */
      set: call('appearance:set'),
    },
    delivery: {
      /** The message template (placeholders only). */
      template: call('delivery:template'),
      /** Saves an edited message template. */
      setTemplate: call('delivery:set-template'),
      /** Goes back to the built-in message template. */
      resetTemplate: call('delivery:reset-template'),
    },
    /** Listens to a main-process event; returns the unsubscribe function. */
    on,
  };
}
