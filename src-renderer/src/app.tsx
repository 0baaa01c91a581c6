/**
 * The root component: connects the stores to `window.handoff` once, for the app's lifetime,
 * and listens to application-menu commands.
 */
import { useEffect } from 'react';
import { getApi } from './api';
import { AppShell } from './features/shell/app-shell';
import { useMenuCommands } from './features/shell/use-menu-commands';
import { connectStores } from './stores/connect-stores';

export function App() {
  useEffect(() => connectStores(getApi()), []);
  useMenuCommands();
  return <AppShell />;
}
