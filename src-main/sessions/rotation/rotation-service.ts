/**
 * Self-refreshing links: keeps each card that refreshes supplied with a live link. Shortly
 * before its link expires a card gets the next one (same tags, integrations, pre-flight and
 * profile; a reconnect card a new reconnect session for the same connection), shown on the
 * same card; the previous link stays valid for the overlap, then is revoked through the
 * session service's revoke queue (ledger: superseded). Paused while the window is hidden or
 * the computer sleeps; capped per run. All state is on the sealed sessions (plan-card.ts
 * re-derives what to do from them), so a restart continues where it stopped.
 *
 * Coming back (window shown, computer awake): a card whose link is still live but past its
 * refresh point gets its next link at once, since someone can see it again; a card whose link
 * expired meanwhile stays expired and offers "Continue" (a new link only when the rep asks:
 * Handoff does not mint credentials for an empty room).
 */
import {
  cardCreatedAtOf,
  cardIdOf,
  cardsOf,
  type Card,
} from '../../../src-shared/models/card-lineage';
import type { HandoffSession } from '../../../src-shared/models/session';
import { AppFailure } from '../../errors/app-failure';
import type { Clock, TimerHandle } from '../../platform/clock';
import type { SessionService } from '../session-service';
import { planCard } from './plan-card';
import { chosen, failed, restarted, successor } from './refresh-runs';
import { successorInput } from './successor-input';

/** What rotation needs. */
export interface RotationDeps {
  clock: Clock;
  sessions: Pick<
    SessionService,
    | 'list'
    | 'get'
    | 'create'
    | 'reconnect'
    | 'revoke'
    | 'dismiss'
    | 'setRefresh'
    | 'recipe'
    | 'onChange'
    | 'whenChecked'
  >;
}

/** What the renderer shows, as it reports it. */
export interface ViewReport {
  /** `document.visibilityState === 'visible'`. */
  visible: boolean;
  /** The session in presenter view, if any. */
  presentingId?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Drives every card's refreshes. */
export class RotationService {
  // Nothing is shown until the renderer says so: a window nobody has seen refreshes nothing.
  private visible = false;
  private awake = true;
  private presentingCard: string | null = null;
  private readonly minting = new Set<string>();
  private readonly revoking = new Set<string>();
  private readonly work = new Set<Promise<unknown>>();
  private timer: TimerHandle | null = null;
  private queued = false;
  private started = false;
  private disposed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: RotationDeps) {
    this.unsubscribe = deps.sessions.onChange(() => this.schedule());
    // Restored links are checked with Nango first: a card acts on what is really live.
    this.track(
      deps.sessions.whenChecked().then(() => {
        this.started = true;
        this.sync();
      }),
    );
  }

  /** The renderer's report: whether the window is visible, and what is in presenter view. */
  reportView(report: ViewReport): null {
    this.visible = report.visible;
    const presented = report.presentingId
      ? this.deps.sessions.list().find((s) => s.id === report.presentingId)
      : undefined;
    this.presentingCard = presented ? cardIdOf(presented) : null;
    this.sync();
    return null;
  }

  /** The computer goes to sleep (`suspend`) or wakes (`resume`). */
  setPower(state: 'suspend' | 'resume'): void {
    this.awake = state === 'resume';
    this.sync();
  }

  /** The rep's choice on a card: refresh automatically, or not (sticks, presenter or not). */
  setEnabled(id: string, enabled: boolean): HandoffSession {
    const head = this.refreshable(id);
    this.deps.sessions.setRefresh(head.id, chosen(head.refresh, enabled, this.deps.clock.now()));
    this.sync();
    return this.deps.sessions.get(head.id);
  }

  /** "Continue": a new run (the cap starts over); an expired card gets a new link now. */
  async continue(id: string): Promise<HandoffSession> {
    const head = this.refreshable(id);
    const now = this.deps.clock.now();
    const run = this.deps.sessions.setRefresh(head.id, restarted(head.refresh, now));
    const live = run.status === 'active' && now < Date.parse(run.expiresAt);
    if (!live && !this.minting.has(cardIdOf(head))) await this.mint(run);
    this.sync();
    return this.card(cardIdOf(head))?.shown ?? this.deps.sessions.get(head.id);
  }

  /** Revokes the card's link, and its previous link if that is still in its overlap. */
  async revokeCard(id: string): Promise<HandoffSession> {
    const view = this.deps.sessions.get(id);
    const card = this.card(cardIdOf(view));
    const previous = (card?.others ?? []).filter((s) => s.status === 'active');
    const [revoked] = await Promise.all([
      this.deps.sessions.revoke(id),
      ...previous.map((s) => this.deps.sessions.revoke(s.id, 'superseded').catch(() => null)),
    ]);
    return revoked;
  }

  /** The network is back: a card waiting to retry tries now. */
  networkBack(): void {
    const now = this.deps.clock.now();
    for (const card of cardsOf(this.deps.sessions.list())) {
      const r = card.newest.refresh;
      if (r?.phase !== 'retrying' || !r.nextAt || Date.parse(r.nextAt) <= now) continue;
      this.deps.sessions.setRefresh(card.newest.id, { ...r, nextAt: iso(now) });
    }
    this.sync();
  }

  /** Resolves once no refresh, revoke or sync is in flight (tests, harness). */
  async whenIdle(): Promise<void> {
    for (let i = 0; i < 100 && (this.work.size > 0 || this.queued); i += 1) {
      await Promise.allSettled([...this.work]);
      await Promise.resolve();
    }
  }

  /** Stops timers and listening (quit, restart). */
  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  // --- Internals ---

  /** Coalesces change notifications into one sync, after the change that caused them. */
  private schedule(): void {
    if (this.queued || this.disposed) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.sync();
    });
  }

  /** Applies every card's plan and sets the one timer for the earliest next moment. */
  private sync(): void {
    if (!this.started || this.disposed) return;
    const now = this.deps.clock.now();
    let wakeAt: number | null = null;
    for (const card of cardsOf(this.deps.sessions.list())) {
      const presenting = this.presentingCard === card.cardId;
      // Plain cards (never refreshed, one session, not presented) cost nothing here.
      if (!card.newest.refresh && card.others.length === 0 && !presenting) continue;
      const plan = planCard(card, {
        now,
        visible: this.visible,
        awake: this.awake,
        presenting,
        minting: this.minting.has(card.cardId),
      });
      if (JSON.stringify(plan.refresh) !== JSON.stringify(card.newest.refresh)) {
        this.deps.sessions.setRefresh(card.newest.id, plan.refresh);
      }
      for (const id of plan.revoke) this.revokePrevious(id);
      for (const id of plan.drop) this.drop(id);
      if (plan.mint) void this.mint(card.newest);
      if (plan.wakeAt !== null) wakeAt = Math.min(wakeAt ?? plan.wakeAt, plan.wakeAt);
    }
    this.arm(wakeAt);
  }

  private arm(at: number | null): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    if (at === null) return;
    this.timer = this.deps.clock.setTimeout(
      () => {
        this.timer = null;
        this.sync();
      },
      Math.max(0, at - this.deps.clock.now()),
    );
  }

  /** Makes the card's next link; on failure the current link stays and the card says why. */
  private mint(head: HandoffSession): Promise<void> {
    const cardId = cardIdOf(head);
    const r = head.refresh;
    if (!r) return Promise.resolve();
    this.minting.add(cardId);
    const lineage = {
      cardId,
      cardCreatedAt: cardCreatedAtOf(head),
      refresh: successor(r),
    };
    const run = (async () => {
      try {
        const { kind, input } = successorInput(head, this.deps.sessions.recipe(head.id));
        const next =
          kind === 'connect'
            ? await this.deps.sessions.create(input, lineage)
            : await this.deps.sessions.reconnect(input, lineage);
        this.afterMint(head.id, next);
      } catch (error) {
        this.mintFailed(head.id, error);
      } finally {
        this.minting.delete(cardId);
        this.schedule();
      }
    })();
    return this.track(run);
  }

  /** The rep revoked the card while its next link was being made: that one goes too. */
  private afterMint(previousId: string, next: HandoffSession): void {
    const previous = this.deps.sessions.list().find((s) => s.id === previousId);
    if (previous && (previous.status === 'revoked' || previous.revokePending)) {
      this.track(this.deps.sessions.revoke(next.id).catch(() => null));
    }
  }

  private mintFailed(headId: string, error: unknown): void {
    const r = this.deps.sessions.list().find((s) => s.id === headId)?.refresh;
    if (r) this.deps.sessions.setRefresh(headId, failed(r, error, this.deps.clock.now()));
  }

  private revokePrevious(id: string): void {
    if (this.revoking.has(id)) return;
    this.revoking.add(id);
    this.track(
      this.deps.sessions
        .revoke(id, 'superseded')
        .catch(() => null)
        .finally(() => {
          this.revoking.delete(id);
          this.schedule();
        }),
    );
  }

  /** A previous link confirmed dead leaves the list; its ledger row says superseded. */
  private drop(id: string): void {
    try {
      this.deps.sessions.dismiss(id);
    } catch {
      // Still live after all (a revoke not yet confirmed): kept, and tried again next sync.
    }
  }

  private card(cardId: string): Card | undefined {
    return cardsOf(this.deps.sessions.list()).find((c) => c.cardId === cardId);
  }

  /** The newest session of `id`'s card, if that card may refresh (live or expired). */
  private refreshable(id: string): HandoffSession {
    const card = this.card(cardIdOf(this.deps.sessions.get(id)));
    const head = card?.newest;
    if (!card || !head || card.shown.status === 'completed' || head.status === 'revoked') {
      throw new AppFailure('conflict', 'This card’s link is revoked or used; it does not refresh.');
    }
    return head;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.work.add(promise);
    void promise.finally(() => this.work.delete(promise)).catch(() => undefined);
    return promise;
  }
}
