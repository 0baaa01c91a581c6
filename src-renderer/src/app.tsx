/**
 * The root component: the shell, and the application-menu commands. (The stores are connected
 * to `window.handoff` in main.tsx, before the first render.)
 */
import { AppShell } from './features/shell/app-shell';
import { useMenuCommands } from './features/shell/use-menu-commands';

export function App() {
  useMenuCommands();
  return <AppShell />;
}
