/**
 * The harmless key test: two list calls that change nothing. A 401 means a bad key (thrown);
 * a 403 on one of them means the key is fine but lacks that scope, so that feature goes off.
 */
import type { KeyCapabilities } from '../../src-shared/models/profile';
import type { NangoClient } from '../nango/nango-client';
import { NangoError } from '../nango/nango-error';
import type { Clock } from '../platform/clock';

async function allowed(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (error) {
    if (error instanceof NangoError && error.kind === 'forbidden') return false;
    throw error;
  }
}

/** Learns what the key may do. Rethrows 401s, offline and the like. */
export async function testKeyCapabilities(
  client: NangoClient,
  clock: Clock,
): Promise<KeyCapabilities> {
  const integrationsList = await allowed(() => client.listIntegrations());
  const connectionsList = await allowed(() => client.listConnections({ limit: 1 }));
  return { integrationsList, connectionsList, testedAt: new Date(clock.now()).toISOString() };
}
