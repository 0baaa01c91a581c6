/**
 * The remembered window: one small versioned document (`window-state.json` in userData).
 * Losing it costs nothing but a default-sized window, so a bad file is only logged.
 */
import { z } from 'zod';
import type { JsonBackend } from '../store/json-backend';
import type { DocumentStore } from '../store/settings-store';
import { openVersionedStore } from '../store/versioned-store';
import type { WindowState } from './window-bounds';

const rect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const windowStateDoc = z.object({
  main: z.object({ bounds: rect, maximized: z.boolean() }).nullable(),
});
/** The whole window-state file: the main window's last state, if it was ever closed. */
export type WindowStateDoc = { main: WindowState | null };

/** Opens the window-state document (version 1). */
export function openWindowStateStore(
  backend: JsonBackend,
  log: (message: string) => void,
): DocumentStore<WindowStateDoc> {
  return openVersionedStore<WindowStateDoc>({
    backend,
    label: 'window position',
    version: 1,
    schema: windowStateDoc,
    defaults: () => ({ main: null }),
    notify: (_level, message) => log(`window-state: ${message}`),
  });
}
