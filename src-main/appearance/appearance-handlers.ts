/**
 * The appearance channels, thin over the service.
 */
import type { Handlers } from '../ipc/handlers';
import type { Appearance } from './appearance-service';

/** Handlers for `appearance:*`. */
export function appearanceHandlers(
  appearance: Appearance,
): Pick<Handlers, 'appearance:get' | 'appearance:set'> {
  return {
    'appearance:get': async () => appearance.state(),
    'appearance:set': async ({ source }) => appearance.set(source),
  };
}
