/**
 * The self-refreshing links' channels, thin over the rotation service. Revoke goes through
 * rotation too: revoking a card revokes the previous link still in its overlap as well.
 */
import type { Handlers } from '../../ipc/handlers';
import type { RotationService } from './rotation-service';

type RotationChannel =
  'sessions:revoke' | 'sessions:set-refresh' | 'sessions:continue-refresh' | 'window:report-view';

/** Handlers for the rotation channels. */
export function rotationHandlers(rotation: RotationService): Pick<Handlers, RotationChannel> {
  return {
    'sessions:revoke': ({ id }) => rotation.revokeCard(id),
    'sessions:set-refresh': async ({ id, enabled }) => rotation.setEnabled(id, enabled),
    'sessions:continue-refresh': ({ id }) => rotation.continue(id),
    'window:report-view': async (report) => rotation.reportView(report),
  };
}
