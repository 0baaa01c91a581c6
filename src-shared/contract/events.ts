/**
 * Main → renderer events. Each carries the whole current state of its domain, so a listener
 * that missed one event is corrected by the next, except `sessions:changed`, which carries
 * only what changed (hundreds of live cards must not cross IPC for one new link) with a
 * sequence number: a listener that sees a gap resyncs from `app:snapshot`'s `sessionsSeq`.
 */
import type {
  KeychainActivity,
  NetworkStatus,
  Notice,
  SessionStoreStatus,
} from '../models/app-status';
import type { AppearanceState } from '../models/appearance';
import type { SavedConnection } from '../models/connection';
import type { ProfilesState } from '../models/profile';
import type { PrivacyState } from '../models/presentation';
import type { HandoffSession } from '../models/session';

/**
 * A command chosen from the application menu (or its accelerator). Main only forwards the
 * choice; the renderer decides what it means on the current screen.
 */
export type MenuCommand =
  'new-handoff' | 'presenter' | 'revoke-all' | 'desk' | 'settings' | 'ledger';

// A record keyed by every command: adding one without listing it fails to compile.
const MENU_COMMAND_MAP: Record<MenuCommand, true> = {
  'new-handoff': true,
  presenter: true,
  'revoke-all': true,
  desk: true,
  settings: true,
  ledger: true,
};

/** Every menu command, so the menu test can check that each has an item and a handler. */
export const MENU_COMMANDS = Object.keys(MENU_COMMAND_MAP) as MenuCommand[];

/**
 * `sessions:changed`: the sessions added or changed (whole views) and the ids removed since
 * the event numbered `seq - 1`. Numbers start at 1 and go up by one per event.
 */
export interface SessionsChange {
  seq: number;
  upserted: HandoffSession[];
  removed: string[];
  /**
   * Set on the change that brings a session `sessions:create` just made (the create form's,
   * not a self-refresh's): its id. The change reaches the renderer before the reply does, so
   * the renderer focuses that card in the commit that first draws it, not in a later one.
   */
  created?: string;
}

/**
 * `ledger:changed`: the history changed; `revision` counts the changes of this run. No
 * entries ride along: up to thousands of them would cross IPC twice per link made, for a view
 * that is usually closed. An open ledger view reads them again (`ledger:list`).
 */
export interface LedgerChange {
  revision: number;
}

/** Event name → payload. */
export interface EventPayloads {
  'sessions:changed': SessionsChange;
  'profiles:changed': ProfilesState;
  'connections:changed': SavedConnection[];
  'network:changed': NetworkStatus;
  'keychain:activity': KeychainActivity;
  'notices:changed': Notice[];
  'sessions:store-changed': SessionStoreStatus;
  'ledger:changed': LedgerChange;
  /** The user chose an application-menu command. */
  'menu:command': { command: MenuCommand };
  /** Private mode's choice and whether the window is protected right now. */
  'privacy:changed': PrivacyState;
  /** The theme choice or the OS's theme changed. */
  'appearance:changed': AppearanceState;
}

/** Every event name. */
export type AppEvent = keyof EventPayloads;

// A record keyed by every event: adding an event without listing it fails to compile.
const EVENT_MAP: Record<AppEvent, true> = {
  'sessions:changed': true,
  'profiles:changed': true,
  'connections:changed': true,
  'network:changed': true,
  'keychain:activity': true,
  'notices:changed': true,
  'sessions:store-changed': true,
  'ledger:changed': true,
  'menu:command': true,
  'privacy:changed': true,
  'appearance:changed': true,
};

/** All event names. */
export const EVENTS = Object.keys(EVENT_MAP) as AppEvent[];
/** True when a string names an event. */
export const isAppEvent = (value: unknown): value is AppEvent =>
  typeof value === 'string' && Object.hasOwn(EVENT_MAP, value);

/** Sends an event to the renderer(s); main's services depend on this, not on Electron. */
export type EventSink = <E extends AppEvent>(event: E, payload: EventPayloads[E]) => void;
