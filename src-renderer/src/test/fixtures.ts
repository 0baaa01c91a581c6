/**
 * Test data: plausible profiles, sessions and snapshots.
 */
import type { AppSnapshot } from '../../../src-shared/contract/channels';
import type { RemoteConnection, SavedConnection } from '../../../src-shared/models/connection';
import type { ProfileView } from '../../../src-shared/models/profile';
import type { HandoffSession } from '../../../src-shared/models/session';

/** A profile with a working key. */
export function aProfile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    name: 'Production',
    apiBaseUrl: 'https://api.nango.dev',
    connectUiBaseUrl: 'https://connect.nango.dev',
    key: { status: 'ok', message: '' },
    capabilities: null,
    ...overrides,
  };
}

/** A live session created at `createdMs`, expiring 30 minutes later. */
export function aSession(overrides: Partial<HandoffSession> = {}, createdMs = 0): HandoffSession {
  return {
    id: 's1',
    kind: 'connect',
    profileId: 'p1',
    label: 'Dana Whitfield',
    connectLink: `https://connect.nango.dev/?session_token=nango_connect_session_${'a'.repeat(64)}`,
    createdAt: new Date(createdMs).toISOString(),
    expiresAt: new Date(createdMs + 30 * 60_000).toISOString(),
    tags: { end_user_id: 'cus_1', handoff_id: 's1' },
    allowedIntegrations: [],
    status: 'active',
    ...overrides,
  };
}

/** A start-up snapshot. */
export function aSnapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    profiles: { profiles: [aProfile()], activeProfileId: 'p1' },
    sessions: [aSession()],
    sessionsSeq: 0,
    connections: [],
    network: { online: true, since: new Date(0).toISOString() },
    notices: [],
    sessionStore: { status: 'ready' },
    ...overrides,
  };
}

/** A saved connection on the desk. */
export function aConnection(overrides: Partial<SavedConnection> = {}): SavedConnection {
  return {
    id: 'c1',
    profileId: 'p1',
    connectionId: 'acme-hubspot',
    integrationId: 'hubspot',
    label: 'Acme Corp',
    tags: { end_user_id: 'cus_1', organization_id: 'org_acme' },
    notes: '',
    health: 'ok',
    createdAt: new Date(0).toISOString(),
    ...overrides,
  };
}

/** A connection as Nango lists it. */
export function aRemoteConnection(overrides: Partial<RemoteConnection> = {}): RemoteConnection {
  return {
    connectionId: 'remote-1',
    integrationId: 'hubspot',
    provider: 'hubspot',
    tags: { end_user_id: 'cus_9' },
    errors: [],
    created: '2025-01-01T00:00:00+00:00',
    endUser: null,
    ...overrides,
  };
}
