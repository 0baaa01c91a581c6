/**
 * Public types of the fake Nango server. Kept apart from the implementation so test code can
 * import them without pulling in node:http.
 */
import type { Clock } from '../../src-main/platform/clock';

/** String-to-string tags, as Nango stores them on sessions and connections. */
export type Tags = Record<string, string>;

export interface FakeNangoOptions {
  /** Time source for session expiry, `created` stamps and rate-limit windows. Default: system clock. */
  clock?: Clock;
  /** Base of connect links. Default `https://connect.nango.dev`. */
  connectUiBase?: string;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Port to listen on. Default 0 (a free port). */
  port?: number;
  /** Fixed-window limit per bucket. Default 200 requests per 60 000 ms. */
  rateLimit?: RateLimitConfig;
  /**
   * Whether `overrides.<key>.docs_connect` is allowed (a paid cloud feature). Default false,
   * so the fake answers 403 like a plan without it.
   */
  docsConnectAllowed?: boolean;
}

/** A fixed-window rate limit. */
export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

/** An integration as `GET /integrations` lists it. */
export interface Integration {
  unique_key: string;
  provider: string;
  display_name: string;
  logo: string;
  created_at: string;
  updated_at: string;
}

/** Input for {@link FakeNango.addIntegration}. */
export interface IntegrationInput {
  unique_key: string;
  provider: string;
  display_name?: string;
  logo?: string;
}

/** One entry of a connection's `errors`. `auth` means the connection is broken. */
export interface ConnectionErrorEntry {
  type: 'auth' | 'sync';
  log_id: string;
}

/** Input form of an error: `log_id` is generated when omitted. */
export interface ConnectionErrorInput {
  type: 'auth' | 'sync';
  log_id?: string;
}

/** The deprecated end-user object as a connection carries it. */
export interface EndUser {
  id: string;
  email: string | null;
  display_name: string | null;
  tags: Tags | null;
  organization: { id: string; display_name: string | null } | null;
}

/** A connection as `GET /connections` lists it. */
export interface Connection {
  id: number;
  connection_id: string;
  provider_config_key: string;
  provider: string;
  errors: ConnectionErrorEntry[];
  end_user: EndUser | null;
  tags: Tags;
  metadata: Record<string, unknown> | null;
  /** ISO 8601 with a `+00:00` offset, like the real server. */
  created: string;
}

/** Input for {@link FakeNango.addConnection}. Tag keys are lowercased on storage. */
export interface ConnectionInput {
  connection_id: string;
  provider_config_key: string;
  tags?: Tags;
  errors?: ConnectionErrorInput[];
  end_user?: Partial<EndUser> & { id: string };
  metadata?: Record<string, unknown> | null;
  /** Creation time in ms since the epoch. Default: the clock's now. */
  createdAt?: number;
}

/** What the server holds for a connect session. */
export interface SessionSnapshot {
  token: string;
  kind: 'connect' | 'reconnect';
  /** Merged, lowercased tags; null when the request had neither tags nor end_user/organization. */
  tags: Tags | null;
  endUser: EndUser | null;
  /** Null means every integration. For a reconnect: the one integration. */
  allowedIntegrations: string[] | null;
  integrationsConfigDefaults: Record<string, unknown> | null;
  overrides: Record<string, unknown> | null;
  /** For a reconnect: the connection being reconnected. */
  connectionId: string | null;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  expired: boolean;
  /** connection_ids created or updated through this session (a token is not consumed by use). */
  completions: string[];
}

/** Options for {@link FakeNango.completeSession}. */
export interface CompleteSessionOptions {
  /** The new connection's id; generated when omitted (connect sessions only). */
  connection_id?: string;
  /** Integration the customer picked; default the first allowed one (connect sessions only). */
  provider_config_key?: string;
}

/** A simulated failure. `slow` waits real time, then answers normally. */
export type Fault =
  { kind: 'slow'; delayMs: number } | { kind: 'status'; status: number } | { kind: 'drop' };

/** Which requests a fault affects. Omitted fields match everything. */
export interface FaultMatch {
  method?: string;
  /** Exact path (no query string), or a pattern tested against it. */
  path?: string | RegExp;
  /** How many requests to affect. Default unlimited. */
  times?: number;
}

/** How a request authenticated. The credential itself is never recorded. */
export type AuthKind = 'secret-key' | 'session-token' | 'none';

/** One entry of {@link FakeNango.requests}. */
export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text when it was not parsed, or undefined when empty. */
  body: unknown;
  /** 0 when the request was dropped by a fault. */
  status: number;
  auth: AuthKind;
}

/** A running fake Nango server. */
export interface FakeNango {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** Registers a secret key (UUID v4). `scopes` undefined = full access. */
  addKey(key: string, scopes?: readonly string[]): void;
  /** Deletes a key: later requests with it get 401 unknown_account. */
  removeKey(key: string): void;
  addIntegration(input: IntegrationInput): Integration;
  addConnection(input: ConnectionInput): Connection;
  /** Replaces the errors of every connection with this connection_id (optionally one integration). */
  setConnectionErrors(
    connectionId: string,
    errors: ConnectionErrorInput[],
    providerConfigKey?: string,
  ): Connection[];
  /** Simulates the customer finishing in the Connect UI. Throws for an unusable token. */
  completeSession(token: string, options?: CompleteSessionOptions): Connection;
  sessions(): SessionSnapshot[];
  connections(): Connection[];
  integrations(): Integration[];
  setFault(fault: Fault, match?: FaultMatch): void;
  clearFaults(): void;
  /** Changes the limit and starts fresh windows. */
  setRateLimit(config: RateLimitConfig): void;
  setDocsConnectAllowed(allowed: boolean): void;
  clearRequests(): void;
  close(): Promise<void>;
}
