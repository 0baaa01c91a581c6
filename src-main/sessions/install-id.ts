/**
 * The install's id: a random UUID made on first start and kept in a small settings file. It is
 * the value of the `handoff_install` tag on every connect session, which lets one connections
 * query per profile find every finished handoff of this install. Not a secret.
 */
import { z } from 'zod';
import type { JsonBackend } from '../store/json-backend';
import type { Notify } from '../store/salvage-rows';
import { openVersionedStore } from '../store/versioned-store';

const schema = z.object({ installId: z.string().min(8).max(100) });

/** Reads the install id, making and saving one the first time. */
export function loadInstallId(backend: JsonBackend, notify: Notify, newId: () => string): string {
  const store = openVersionedStore<{ installId: string | null }>({
    backend,
    label: 'install settings',
    version: 1,
    schema: schema.or(z.object({ installId: z.null() })),
    defaults: () => ({ installId: null }),
    notify,
  });
  const current = store.read().installId;
  if (current) return current;
  const installId = newId();
  try {
    store.write({ installId });
  } catch {
    // A read-only or full disk must not stop start-up: this run uses the new id, and the next
    // start (disk writable again) saves one. Only completion of this run's links depends on it.
  }
  return installId;
}
