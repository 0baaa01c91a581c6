/**
 * The contract's channel names without its schemas. The preload needs only the names (to refuse
 * any other channel); importing channels.ts would bundle zod and every request schema into it,
 * code that each window then parses and runs before the page's first script, for nothing: main
 * validates every payload itself.
 */
import type { Channel } from './channels';

// A record keyed by every channel: a channel added to the contract without being listed here,
// or a name listed that is not a channel, fails to compile.
const CHANNEL_MAP: Record<Channel, true> = {
  'app:snapshot': true,
  'app:dismiss-notice': true,
  'profiles:create': true,
  'profiles:update': true,
  'profiles:remove': true,
  'profiles:activate': true,
  'key:set': true,
  'key:delete': true,
  'key:test': true,
  'integrations:list': true,
  'sessions:create': true,
  'sessions:reconnect': true,
  'sessions:revoke': true,
  'sessions:dismiss': true,
  'sessions:copy-link': true,
  'sessions:email-link': true,
  'sessions:copy-message': true,
  'sessions:open-link': true,
  'sessions:revoke-all': true,
  'sessions:unlock': true,
  'sessions:set-refresh': true,
  'sessions:continue-refresh': true,
  'window:report-view': true,
  'sessions:save-to-desk': true,
  'ledger:list': true,
  'ledger:export-csv': true,
  'ledger:set-retention': true,
  'connections:save': true,
  'connections:update': true,
  'connections:remove': true,
  'connections:search-remote': true,
  'connections:import': true,
  'connections:refresh': true,
  'network:retry': true,
  'privacy:set': true,
  'privacy:report': true,
  'preflight:get': true,
  'preflight:set-defaults': true,
  'preflight:save-preset': true,
  'preflight:remove-preset': true,
  'appearance:get': true,
  'appearance:set': true,
  'delivery:template': true,
  'delivery:set-template': true,
  'delivery:reset-template': true,
};

/** True when a string names a contract channel. */
export const isChannelName = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.hasOwn(CHANNEL_MAP, value);
