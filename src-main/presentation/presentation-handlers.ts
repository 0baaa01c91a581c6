/**
 * The private-mode and delivery channels, thin over their services.
 */
import type { Handlers } from '../ipc/handlers';
import type { Delivery } from './delivery';
import type { PrivateMode } from './private-mode';

/** The services behind these channels. */
export interface PresentationServices {
  privacy: PrivateMode;
  delivery: Delivery;
}

type PresentationChannel =
  | 'privacy:set'
  | 'privacy:report'
  | 'delivery:template'
  | 'delivery:set-template'
  | 'delivery:reset-template'
  | 'sessions:email-link'
  | 'sessions:copy-message';

/** Handlers for the presentation channels. */
export function presentationHandlers(p: PresentationServices): Pick<Handlers, PresentationChannel> {
  return {
    'privacy:set': async ({ enabled }) => p.privacy.setEnabled(enabled),
    'privacy:report': async (view) => p.privacy.report(view),
    'delivery:template': async () => p.delivery.template(),
    'delivery:set-template': async ({ subject, body }) => p.delivery.setTemplate(subject, body),
    'delivery:reset-template': async () => p.delivery.resetTemplate(),
    'sessions:email-link': ({ id }) => p.delivery.emailLink(id),
    'sessions:copy-message': async ({ id }) => p.delivery.copyMessage(id),
  };
}
