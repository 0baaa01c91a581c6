/**
 * Everything the fake server holds: keys, integrations, connections and sessions. One account
 * and one environment, which is all Handoff ever talks to.
 */
import type { Clock } from '../../src-main/platform/clock';
import { isoWithOffset, isUuidV4, newLogId } from './ids';
import type {
  Connection,
  ConnectionErrorInput,
  ConnectionInput,
  EndUser,
  Integration,
  IntegrationInput,
  SessionSnapshot,
  Tags,
} from './types';

/**
 * A session as stored: the snapshot's fields, with times as numbers and the target connection
 * by internal id; snapshots for callers are made by `snapshotSession`.
 */
export interface StoredSession extends Omit<
  SessionSnapshot,
  'connectionId' | 'createdAt' | 'expiresAt' | 'expired'
> {
  /** Internal id of the connection a reconnect session targets. */
  connectionRef: number | null;
  createdAtMs: number;
  expiresAtMs: number;
}

/** Lowercases tag keys, as the server stores them; values are kept. */
export function lowercaseKeys(tags: Tags): Tags {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Fills in `log_id`s. */
export function toErrorEntries(errors: ConnectionErrorInput[]): Connection['errors'] {
  return errors.map((e) => ({ type: e.type, log_id: e.log_id ?? newLogId() }));
}

/** The in-memory data of one fake Nango account. */
export class FakeNangoState {
  /** Secret key → scopes (undefined = full access). */
  readonly keys = new Map<string, readonly string[] | undefined>();
  readonly integrations = new Map<string, Integration>();
  readonly connections: Connection[] = [];
  readonly sessions = new Map<string, StoredSession>();
  private nextConnectionId = 1;

  constructor(private readonly clock: Clock) {}

  addKey(key: string, scopes?: readonly string[]): void {
    // Refuse here so a test cannot silently exercise the invalid_secret_key_format path.
    if (!isUuidV4(key)) throw new Error(`fake-nango: a secret key must be a UUID v4, got "${key}"`);
    this.keys.set(key, scopes ? [...scopes] : undefined);
  }

  addIntegration(input: IntegrationInput): Integration {
    const now = new Date(this.clock.now()).toISOString();
    const integration: Integration = {
      unique_key: input.unique_key,
      provider: input.provider,
      display_name: input.display_name ?? input.provider,
      logo: input.logo ?? `https://app.nango.dev/images/template-logos/${input.provider}.svg`,
      created_at: now,
      updated_at: now,
    };
    this.integrations.set(input.unique_key, integration);
    return integration;
  }

  addConnection(input: ConnectionInput): Connection {
    const connection: Connection = {
      id: this.nextConnectionId++,
      connection_id: input.connection_id,
      provider_config_key: input.provider_config_key,
      // Lenient on purpose: tests may seed connections without registering the integration.
      provider:
        this.integrations.get(input.provider_config_key)?.provider ?? input.provider_config_key,
      errors: toErrorEntries(input.errors ?? []),
      end_user: input.end_user ? normaliseEndUser(input.end_user) : null,
      tags: lowercaseKeys(input.tags ?? {}),
      metadata: input.metadata === undefined ? null : input.metadata,
      created: isoWithOffset(input.createdAt ?? this.clock.now()),
    };
    this.connections.push(connection);
    return connection;
  }

  findConnections(connectionId: string, providerConfigKey?: string): Connection[] {
    return this.connections.filter(
      (c) =>
        c.connection_id === connectionId &&
        (providerConfigKey === undefined || c.provider_config_key === providerConfigKey),
    );
  }

  /** A session that can still be used: known, not revoked, not expired on the injected clock. */
  liveSession(token: string): StoredSession | undefined {
    const session = this.sessions.get(token);
    if (!session || session.revoked || this.clock.now() >= session.expiresAtMs) return undefined;
    return session;
  }
}

function normaliseEndUser(input: Partial<EndUser> & { id: string }): EndUser {
  return {
    id: input.id,
    email: input.email ?? null,
    display_name: input.display_name ?? null,
    tags: input.tags ?? null,
    organization: input.organization ?? null,
  };
}
