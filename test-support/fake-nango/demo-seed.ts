/**
 * Demo data for `npm run fake-nango` and `npm run demo`: a few integrations and connections,
 * two of them broken (an auth error, what the reconnect desk looks for) and one with only a
 * sync error (not broken: a reconnect would not fix it).
 */
import { randomUUID } from 'node:crypto';
import type { FakeNango } from './types';

/** Seeds `nango` and returns the full-access secret key it registered. */
export function seedDemo(nango: FakeNango, now: number): string {
  const key = randomUUID();
  nango.addKey(key);
  nango.addIntegration({ unique_key: 'github', provider: 'github', display_name: 'GitHub' });
  nango.addIntegration({ unique_key: 'slack', provider: 'slack', display_name: 'Slack' });
  nango.addIntegration({ unique_key: 'hubspot', provider: 'hubspot', display_name: 'HubSpot' });
  nango.addIntegration({
    unique_key: 'google-drive',
    provider: 'google-drive',
    display_name: 'Google Drive',
  });
  const day = 24 * 60 * 60 * 1000;
  nango.addConnection({
    connection_id: 'acme-github',
    provider_config_key: 'github',
    tags: { end_user_id: 'u-100', end_user_email: 'dana@acme.test', organization_id: 'acme' },
    createdAt: now - 9 * day,
  });
  nango.addConnection({
    connection_id: 'globex-slack',
    provider_config_key: 'slack',
    tags: { end_user_id: 'u-200', organization_id: 'globex' },
    createdAt: now - 5 * day,
  });
  // The broken one: an auth error is what the reconnect desk looks for.
  nango.addConnection({
    connection_id: 'initech-hubspot',
    provider_config_key: 'hubspot',
    tags: {
      end_user_id: 'u-300',
      end_user_email: 'peter@initech.test',
      organization_id: 'initech',
    },
    errors: [{ type: 'auth' }],
    createdAt: now - 2 * day,
  });
  nango.addConnection({
    connection_id: 'umbrella-drive',
    provider_config_key: 'google-drive',
    tags: { end_user_id: 'u-400', end_user_email: 'alice@umbrella.test' },
    errors: [{ type: 'auth' }],
    createdAt: now - 1 * day,
  });
  nango.addConnection({
    connection_id: 'hooli-slack',
    provider_config_key: 'slack',
    tags: { end_user_id: 'u-500', organization_id: 'hooli' },
    errors: [{ type: 'sync' }],
    createdAt: now - 3 * day,
  });
  return key;
}

/** The connection ids {@link seedDemo} seeds with an auth error. */
export const DEMO_BROKEN_CONNECTIONS = ['initech-hubspot', 'umbrella-drive'] as const;
