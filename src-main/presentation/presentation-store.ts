/**
 * The persisted presentation settings: the private-mode choice and the delivery message
 * template. Nothing secret: the template holds placeholders, never a link.
 */
import { z } from 'zod';
import type { JsonBackend } from '../store/json-backend';
import type { Notify } from '../store/salvage-rows';
import type { DocumentStore } from '../store/settings-store';
import { openVersionedStore } from '../store/versioned-store';

/** The built-in message, used until the rep edits it. */
export const DEFAULT_TEMPLATE = {
  subject: 'Your link to connect {integrations}',
  body:
    'Hello {customer},\n\n' +
    'Please open this link to connect {integrations}:\n{link}\n\n' +
    'The link works until {expires}. It is for you only: please do not forward it.\n',
};

const presentationDoc = z.object({
  privateMode: z.boolean(),
  /** Null: the built-in template. */
  template: z.object({ subject: z.string(), body: z.string() }).nullable(),
});
/** The whole presentation file. */
export type PresentationDoc = z.infer<typeof presentationDoc>;

/** Opens the presentation document (version 1). */
export function openPresentationStore(
  backend: JsonBackend,
  notify: Notify,
): DocumentStore<PresentationDoc> {
  return openVersionedStore({
    backend,
    label: 'presentation settings',
    version: 1,
    schema: presentationDoc,
    defaults: () => ({ privateMode: true, template: null }),
    notify,
  });
}
