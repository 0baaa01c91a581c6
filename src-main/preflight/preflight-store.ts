/**
 * The persisted pre-flight settings: per profile, the Connect UI defaults (language, theme)
 * and the presets. Nothing secret.
 */
import { z } from 'zod';
import {
  preflightSchema,
  connectUiLang,
  connectUiTheme,
} from '../../src-shared/contract/preflight-schemas';
import type { JsonBackend } from '../store/json-backend';
import type { Notify } from '../store/salvage-rows';
import type { DocumentStore } from '../store/settings-store';
import { openVersionedStore } from '../store/versioned-store';

const profileEntry = z.object({
  defaults: z.object({
    lang: z.exactOptional(connectUiLang),
    theme: z.exactOptional(connectUiTheme),
  }),
  presets: z.array(
    z.object({ id: z.string().min(1), name: z.string(), preflight: preflightSchema }),
  ),
});

const preflightDoc = z.object({ byProfile: z.record(z.string(), profileEntry) });
/** The whole pre-flight file. */
export type PreflightDoc = z.infer<typeof preflightDoc>;

/** Opens the pre-flight document (version 1). */
export function openPreflightStore(
  backend: JsonBackend,
  notify: Notify,
): DocumentStore<PreflightDoc> {
  return openVersionedStore({
    backend,
    label: 'phone pre-flight settings',
    version: 1,
    schema: preflightDoc,
    defaults: () => ({ byProfile: {} }),
    notify,
  });
}
