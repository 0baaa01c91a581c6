/**
 * Application-menu commands (and their accelerators), sent by main as `menu:command`.
 * Each command is one entry in MENU_COMMAND_HANDLERS; a command without an entry is ignored
 * until its feature handles it.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../../src-shared/contract/events';
import { getApi, type HandoffApi } from '../../api';
import { useAppStore } from '../../stores/use-app-store';
import { useFocusStore } from '../../stores/use-focus-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { togglePresenter } from '../presenter/use-presenter-shortcut';

/** What the app does for each menu command it handles. */
export const MENU_COMMAND_HANDLERS: Partial<Record<MenuCommand, () => void>> = {
  'new-handoff': () => {
    useAppStore.getState().setTab('handoff');
    useFocusStore.getState().request('new-handoff');
  },
  desk: () => useAppStore.getState().setTab('desk'),
  settings: () => useAppStore.getState().setTab('settings'),
  // Shows (or leaves) the code in the spotlight full-window; a no-op with no live link.
  presenter: () => void togglePresenter(),
  // Opens Revoke all's question with focus on its confirm button: the shortcut, then Enter.
  'revoke-all': () => {
    useAppStore.getState().setTab('handoff');
    useSessionsStore.getState().askRevokeAll();
  },
  ledger: () => useAppStore.getState().setTab('ledger'),
};

/** Runs a command's handler; true if the app handles it. */
export function runMenuCommand(command: MenuCommand): boolean {
  // Own entries only: a stray name must not reach Object.prototype ('constructor').
  const handler = Object.hasOwn(MENU_COMMAND_HANDLERS, command)
    ? MENU_COMMAND_HANDLERS[command]
    : undefined;
  if (!handler) return false;
  handler();
  return true;
}

/** Listens to menu commands for the component's lifetime. */
export function useMenuCommands(api: HandoffApi = getApi()): void {
  useEffect(() => api.on('menu:command', ({ command }) => void runMenuCommand(command)), [api]);
}
