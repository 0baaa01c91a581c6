/**
 * The phone pre-flight channels, thin over PreflightService.
 */
import type { Handlers } from '../ipc/handlers';
import type { PreflightService } from './preflight-service';

type PreflightChannel =
  'preflight:get' | 'preflight:set-defaults' | 'preflight:save-preset' | 'preflight:remove-preset';

/** Handlers for the pre-flight channels. */
export function preflightHandlers(p: PreflightService): Pick<Handlers, PreflightChannel> {
  return {
    'preflight:get': async ({ profileId }) => p.get(profileId),
    'preflight:set-defaults': async ({ profileId, ...defaults }) =>
      p.setDefaults(profileId, defaults),
    'preflight:save-preset': async ({ profileId, name, preflight }) =>
      p.savePreset(profileId, name, preflight),
    'preflight:remove-preset': async ({ profileId, presetId }) =>
      p.removePreset(profileId, presetId),
  };
}
