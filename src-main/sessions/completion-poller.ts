/**
 * Sees customers finish. Per profile with live sessions, ONE `GET /connections` per interval,
 * however many cards are open: connect sessions all carry the install's `handoff_install` tag,
 * so one tag query (newest first) finds every finished handoff, matched locally by
 * `handoff_id`; reconnect sessions (one per connection) take turns in the same slots. So a
 * profile costs at most 60 000 / intervalMs requests a minute (12 at the default 5 s).
 *
 * Calls go through the RequestScheduler at `background` priority (it refuses them when the
 * account's shared bucket runs low). A 429 waits out Retry-After; other failures back off up to
 * a minute; offline pauses until the network is back; no live session, no polling.
 */
import type { RemoteConnection } from '../../src-shared/models/connection';
import { INSTALL_TAG } from '../../src-shared/tags/tag-rules';
import type { ListConnectionsQuery } from '../nango/nango-client';
import { NangoError } from '../nango/nango-error';
import type { Clock, TimerHandle } from '../platform/clock';
import type { PollTarget } from './session-service';

/** Default time between a profile's polls. */
export const POLL_INTERVAL_MS = 5_000;
/** Longest wait after repeated failures. */
const POLL_MAX_BACKOFF_MS = 60_000;
/** After a 403 (the key lacks connections:list), look again this much later. */
const POLL_FORBIDDEN_MS = 10 * 60_000;
/** Connections per install-tag query: far more than can finish within one interval. */
const POLL_PAGE_SIZE = 100;

export interface CompletionPollerDeps {
  clock: Clock;
  targets: () => PollTarget[];
  /** One GET /connections for the profile, at background priority. */
  list: (profileId: string, query: ListConnectionsQuery) => Promise<RemoteConnection[]>;
  deliver: (profileId: string, connections: RemoteConnection[]) => void;
  online: () => boolean;
  installId: string;
  /** The key cannot list connections: completion cannot be seen for this profile. */
  onForbidden?: (profileId: string) => void;
  intervalMs?: number;
}

interface ProfilePoll {
  timer: TimerHandle | null;
  running: Promise<void> | null;
  failures: number;
  /** Round-robin position over this profile's queries. */
  cursor: number;
  forbiddenNoticed: boolean;
}

/** Polls each profile with live sessions. */
export class CompletionPoller {
  private readonly polls = new Map<string, ProfilePoll>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(private readonly deps: CompletionPollerDeps) {
    this.intervalMs = deps.intervalMs ?? POLL_INTERVAL_MS;
  }

  /**
   * Starts polling profiles that gained live sessions and stops those that have none. Call on
   * every session change and when the network comes back.
   */
  sync(): void {
    if (this.stopped) return;
    const wanted = new Set(this.deps.targets().map((t) => t.profileId));
    for (const [profileId, poll] of this.polls) {
      if (wanted.has(profileId)) continue;
      if (poll.timer !== null) this.deps.clock.clearTimeout(poll.timer);
      this.polls.delete(profileId);
    }
    for (const profileId of wanted) {
      const poll = this.polls.get(profileId) ?? this.newPoll(profileId);
      if (poll.timer === null && poll.running === null) this.plan(profileId, poll, this.intervalMs);
    }
  }

  /** Resolves once no poll is in flight (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    for (;;) {
      const running = [...this.polls.values()].map((p) => p.running).filter((p) => p !== null);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  /** Stops for good. */
  dispose(): void {
    this.stopped = true;
    for (const poll of this.polls.values()) {
      if (poll.timer !== null) this.deps.clock.clearTimeout(poll.timer);
    }
    this.polls.clear();
  }

  private newPoll(profileId: string): ProfilePoll {
    const poll: ProfilePoll = {
      timer: null,
      running: null,
      failures: 0,
      cursor: 0,
      forbiddenNoticed: false,
    };
    this.polls.set(profileId, poll);
    return poll;
  }

  private plan(profileId: string, poll: ProfilePoll, delayMs: number): void {
    if (this.stopped || this.polls.get(profileId) !== poll) return;
    // Offline: no timer at all; sync() on the network's return starts again.
    if (!this.deps.online()) return;
    poll.timer = this.deps.clock.setTimeout(() => {
      poll.timer = null;
      poll.running = this.tick(profileId, poll).finally(() => {
        poll.running = null;
      });
    }, delayMs);
  }

  private async tick(profileId: string, poll: ProfilePoll): Promise<void> {
    const target = this.deps.targets().find((t) => t.profileId === profileId);
    if (!target) {
      this.polls.delete(profileId);
      return;
    }
    if (!this.deps.online()) return;
    const queries = queriesFor(target, this.deps.installId);
    const query = queries[poll.cursor % queries.length] as ListConnectionsQuery;
    poll.cursor = (poll.cursor + 1) % queries.length;
    let delay = this.intervalMs;
    try {
      const connections = await this.deps.list(profileId, query);
      poll.failures = 0;
      this.deps.deliver(profileId, connections);
    } catch (error) {
      delay = this.delayAfter(profileId, poll, error);
      if (delay < 0) return; // offline: paused until sync()
    }
    this.plan(profileId, poll, delay);
  }

  private delayAfter(profileId: string, poll: ProfilePoll, error: unknown): number {
    if (error instanceof NangoError) {
      if (error.kind === 'offline') return -1;
      if (error.kind === 'rate_limited') {
        return Math.max(this.intervalMs, (error.details.retryAfterSeconds ?? 60) * 1000);
      }
      if (error.kind === 'forbidden') {
        if (!poll.forbiddenNoticed) this.deps.onForbidden?.(profileId);
        poll.forbiddenNoticed = true;
        return POLL_FORBIDDEN_MS;
      }
    }
    poll.failures = Math.min(poll.failures + 1, 8);
    return Math.min(this.intervalMs * 2 ** poll.failures, POLL_MAX_BACKOFF_MS);
  }
}

/** The queries that cover a profile's live sessions, taken in turn. */
export function queriesFor(target: PollTarget, installId: string): ListConnectionsQuery[] {
  const queries: ListConnectionsQuery[] = [];
  if (target.connect) {
    queries.push({ tags: { [INSTALL_TAG]: installId }, limit: POLL_PAGE_SIZE });
  }
  const seen = new Set<string>();
  for (const r of target.reconnects) {
    const key = `${r.integrationId}\u0000${r.connectionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push({ connectionId: r.connectionId, integrationIds: [r.integrationId], limit: 10 });
  }
  return queries;
}
