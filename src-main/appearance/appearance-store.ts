/**
 * The persisted appearance choice (Settings → Appearance), in its own small document so the
 * theme survives a damaged presentation or profile file and the other way round.
 */
import { z } from 'zod';
import { THEME_SOURCES } from '../../src-shared/models/appearance';
import type { JsonBackend } from '../store/json-backend';
import type { Notify } from '../store/salvage-rows';
import type { DocumentStore } from '../store/settings-store';
import { openVersionedStore } from '../store/versioned-store';

const appearanceDoc = z.object({ themeSource: z.enum(THEME_SOURCES) });
/** The whole appearance file. */
export type AppearanceDoc = z.infer<typeof appearanceDoc>;

/** Opens the appearance document (version 1); a new install follows the OS. */
export function openAppearanceStore(
  backend: JsonBackend,
  notify: Notify,
): DocumentStore<AppearanceDoc> {
  return openVersionedStore({
    backend,
    label: 'appearance settings',
    version: 1,
    schema: appearanceDoc,
    defaults: () => ({ themeSource: 'system' }),
    notify,
  });
}
