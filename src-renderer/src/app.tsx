/**
 * The root component: connects the stores to `window.handoff` once, for the app's lifetime.
 */
import { useEffect } from 'react';
import { getApi } from './api';
import { AppShell } from './features/shell/app-shell';
import { connectStores } from './stores/connect-stores';

/** The app. */
export function App() {
  useEffect(() => connectStores(getApi()), []);
  return <AppShell />;
}
