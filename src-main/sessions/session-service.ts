/**
 * Handoff sessions, from request to a verifiably dead link: create (connect or reconnect), keep
 * (sealed on disk before the renderer hears of it), restore after a restart (each token checked
 * with Nango), complete (the customer finished: revoke at once), revoke (queued and retried when
 * Nango cannot confirm), expire, dismiss; and the link actions (copy, open) that go by session
 * id so the renderer never hands main a URL.
 *
 * For other features: {@link SessionService.revoke} takes the ledger outcome (`superseded` for
 * a link replaced by a newer one) and never loses a revoke; {@link SessionService.onChange}
 * tells listeners after each committed change.
 */
import type { EventSink } from '../../src-shared/contract/events';
import { cardIdOf } from '../../src-shared/models/card-lineage';
import type { RemoteConnection } from '../../src-shared/models/connection';
import type { SessionStoreStatus } from '../../src-shared/models/app-status';
import type { RefreshState } from '../../src-shared/models/refresh';
import type { HandoffSession, RevokeAllSummary, Tags } from '../../src-shared/models/session';
import {
  HANDOFF_TAG,
  INSTALL_TAG,
  normaliseTags,
  validateTags,
} from '../../src-shared/tags/tag-rules';
import { AppFailure } from '../errors/app-failure';
import { KeychainError } from '../keychain/keychain-error';
import { EXPIRY_TOLERANCE_MS, type LedgerService } from '../ledger/ledger-service';
import { isVettedConnectLink } from '../nango/connect-link';
import type { NangoClient } from '../nango/nango-client';
import type { ConnectSessionGrant } from '../nango/nango-client-types';
import { NangoError } from '../nango/nango-error';
import type { SessionTokenClient } from '../nango/session-token-client';
import type { Clock } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import type { ConnectUiLang, ConnectUiTheme, Preflight } from '../../src-shared/models/preflight';
import {
  mergeLegacyTags,
  sessionOptions,
  withPhoneParams,
  type LegacyInputs,
} from '../preflight/session-options';
import type { ProfileService } from '../profiles/profile-service';
import type { EncryptedStore } from '../store/encrypted-store';
import type { Notify } from '../store/salvage-rows';
import { findCompletion } from './completion-match';
import { retryDelayMs, transientReason } from './retry-delay';
import { SessionBook } from './session-book';
import { holdsLiveLink, labelFromTags, type SessionRecord } from './session-record';
import type { SessionsDoc } from './session-store';
import { acceptIssued, issuerOf } from './issued-session';

/** A session lives 30 minutes at Nango. */
export const SESSION_LIFETIME_MS = 30 * 60_000;
/** Dead cards older than this are not brought back after a restart (the ledger keeps them). */
export const DEAD_CARD_KEEP_MS = 12 * 60 * 60_000;

/** What the service needs. */
export interface SessionServiceDeps {
  clock: Clock;
  emit: EventSink;
  profiles: ProfileService;
  desktop: Desktop;
  newId: () => string;
  store: EncryptedStore<SessionsDoc>;
  ledger: LedgerService;
  /** Reads and revokes sessions at the server that issued them (i10-core's session origin). */
  sessionTokens: SessionTokenClient;
  /** The install's id, the value of every connect session's `handoff_install` tag. */
  installId: string;
  notify: Notify;
  /** The profile's Connect UI defaults for the phone (pre-flight). */
  phoneDefaults?: (profileId: string) => { lang?: ConnectUiLang; theme?: ConnectUiTheme };
}

/** A new connect session's input, as validated by the contract. */
export interface CreateSessionInput extends LegacyInputs {
  profileId: string;
  tags: Tags;
  allowedIntegrations: string[];
  /** Phone pre-flight; language and theme fall back to the profile's defaults. */
  preflight?: Preflight | undefined;
}

/** Said on the card when a plan refuses custom docs links (403 on `docs_connect`). */
export const DOCS_CONNECT_REFUSED =
  'Nango refused the custom docs links (your plan does not include docs_connect overrides), so the link was made without them. Everything else was applied.';

/** A reconnect for a saved connection. */
export interface ReconnectInput {
  profileId: string;
  connectionId: string;
  integrationId: string;
  label: string;
  /** The connection's current tags: a reconnect without them wipes them. */
  tags: Tags;
  /** Whether the connection is broken now: its repair then completes the session. */
  broken?: boolean;
}

/** Live sessions a profile's completion poll must cover. */
export interface PollTarget {
  profileId: string;
  /** Some connect session is live: one install-tag query covers them all. */
  connect: boolean;
  /** Live reconnect sessions, one connection each. */
  reconnects: { connectionId: string; integrationId: string }[];
}

type NewFields = Omit<HandoffSession, 'id' | 'connectLink' | 'createdAt' | 'expiresAt' | 'status'>;

/** A refresh's new session joins its card (sessions/rotation/), carrying the card's state. */
export interface Lineage {
  cardId: string;
  cardCreatedAt: string;
  refresh: RefreshState;
}

/** What a refresh resends that the view does not hold. */
export interface SessionRecipe {
  preflight?: SessionRecord['preflight'];
  broken?: boolean;
}

/** Holds every session and keeps the renderer informed. */
export class SessionService {
  private readonly book: SessionBook;
  private readonly revoking = new Map<string, Promise<HandoffSession>>();
  private readonly checking = new Map<string, Promise<void>>();
  private started: Promise<void> | null = null;
  private checked: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SessionServiceDeps) {
    this.book = new SessionBook({
      clock: deps.clock,
      emit: deps.emit,
      store: deps.store,
      onWriteError: () =>
        deps.notify(
          'warning',
          'Handoff could not save the latest change to your links on this computer. Check free disk space.',
        ),
    });
  }

  // --- Start-up and the store ---

  /** Opens the sealed store and restores saved sessions (once; call {@link unlock} to retry). */
  start(): Promise<void> {
    this.started ??= this.restore();
    return this.started;
  }

  /** Resolves once restored and every restored link was checked with Nango once (tests, harness). */
  async whenChecked(): Promise<void> {
    await this.start();
    await this.checked;
  }

  /** Retries a store that was locked at start (the keychain may be unlocked now). */
  async unlock(): Promise<SessionStoreStatus> {
    await this.start();
    if (this.deps.store.status().status !== 'ready') {
      this.started = this.restore();
      await this.started;
    }
    return this.storeStatus();
  }

  /** Whether saved links could be opened. */
  storeStatus(): SessionStoreStatus {
    const state = this.deps.store.status();
    if (state.status === 'ready') return { status: 'ready' };
    if (state.status === 'locked')
      return { status: 'locked', message: lockedMessage(state.message) };
    return { status: 'opening' };
  }

  // --- Reading ---

  /** The number of the last `sessions:changed` sent; `list()` includes everything up to it. */
  changeSeq(): number {
    return this.book.changeSeq();
  }

  /** Sessions, newest first. */
  list(): HandoffSession[] {
    return this.book.views();
  }

  /** One session's view. */
  get(id: string): HandoffSession {
    return this.find(id).view;
  }

  /** Links that may still work at Nango (live, or with a revoke not yet confirmed). */
  liveCount(): number {
    return this.book.all().filter(holdsLiveLink).length;
  }

  /** What the completion poller must cover, per profile. */
  pollTargets(): PollTarget[] {
    const targets = new Map<string, PollTarget>();
    for (const record of this.book.all()) {
      if (!holdsLiveLink(record) || record.view.status !== 'active') continue;
      const { profileId, kind, connectionId, integrationId } = record.view;
      const target = targets.get(profileId) ?? { profileId, connect: false, reconnects: [] };
      if (kind === 'connect') target.connect = true;
      else if (connectionId && integrationId)
        target.reconnects.push({ connectionId, integrationId });
      targets.set(profileId, target);
    }
    return [...targets.values()];
  }

  /** What a refresh of `id` must resend beyond its view. */
  recipe(id: string): SessionRecipe {
    const { preflight, baseline } = this.find(id);
    return {
      ...(preflight ? { preflight } : {}),
      ...(baseline ? { broken: baseline.broken } : {}),
    };
  }

  /** Sets (or clears) a session's refresh state, committed like any change. */
  setRefresh(id: string, refresh: RefreshState | undefined): HandoffSession {
    this.find(id);
    const next = this.book.update(id, (r) => {
      const { refresh: _old, ...view } = r.view;
      return { ...r, view: refresh ? { ...view, refresh } : view };
    });
    return (next ?? this.find(id)).view;
  }

  /** Calls `listener` after every committed change. */
  onChange(listener: () => void): () => void {
    return this.book.onChange(listener);
  }

  // --- Creating ---

  /** Creates a connect session tagged with its own `handoff_id` and the install's tag. */
  async create(input: CreateSessionInput, lineage?: Lineage): Promise<HandoffSession> {
    const id = this.deps.newId();
    // Merged before counting: over 10 tags in all, the server answers 500 instead of 400.
    const tags = {
      ...mergeLegacyTags(input.tags, input),
      [HANDOFF_TAG]: id,
      [INSTALL_TAG]: this.deps.installId,
    };
    const fields = validateTags(tags);
    if (fields.length > 0) {
      throw new AppFailure('invalid_input', 'Some tags break Nango’s rules.', fields);
    }
    const defaults = this.deps.phoneDefaults?.(input.profileId) ?? {};
    const phone = {
      lang: input.preflight?.lang ?? defaults.lang,
      theme: input.preflight?.theme ?? defaults.theme,
    };
    const fieldsOf: NewFields = {
      kind: 'connect',
      profileId: input.profileId,
      label: labelFromTags(tags),
      tags: normaliseTags(tags),
      allowedIntegrations: input.allowedIntegrations,
      ...(phone.lang ? { phoneLang: phone.lang } : {}),
      ...(phone.theme ? { phoneTheme: phone.theme } : {}),
      ...lineage,
    };
    const withDocs = sessionOptions(input.preflight).overrides !== undefined;
    const send = (client: NangoClient, docs: boolean) =>
      client.createConnectSession({
        tags,
        allowedIntegrations: input.allowedIntegrations,
        ...sessionOptions(input.preflight, docs),
      });
    return this.issue(
      id,
      fieldsOf,
      async (client) => {
        try {
          return await send(client, true);
        } catch (error) {
          // Plans without docs_connect answer 403: degrade to a link without it, and say so.
          if (!(withDocs && error instanceof NangoError && error.kind === 'forbidden')) throw error;
          const retried = await send(client, false);
          fieldsOf.notes = [DOCS_CONNECT_REFUSED];
          return retried;
        }
      },
      input.preflight ? { preflight: input.preflight } : {},
      (link) => withPhoneParams(link, phone),
      lineage === undefined,
    );
  }

  /**
   * Creates a reconnect session, resending the connection's current tags with this handoff's
   * `handoff_id` (replacing an older one), so its completion shows on the connection. One live
   * reconnect link per connection: an older one is revoked (as superseded) once the new exists.
   */
  async reconnect(input: ReconnectInput, lineage?: Lineage): Promise<HandoffSession> {
    const superseded = this.book.all().filter(
      (r) =>
        holdsLiveLink(r) &&
        // A refresh keeps its card's previous link for the overlap; rotation revokes it.
        (lineage === undefined || cardIdOf(r.view) !== lineage.cardId) &&
        r.view.kind === 'reconnect' &&
        r.view.status === 'active' &&
        r.view.profileId === input.profileId &&
        r.view.connectionId === input.connectionId,
    );
    const id = this.deps.newId();
    const tagged = { ...input.tags, [HANDOFF_TAG]: id };
    // Never let our own tag push a connection over Nango's limit: then completion is seen by
    // the auth error clearing alone.
    const tags = validateTags(tagged).length === 0 ? tagged : input.tags;
    const view = await this.issue(
      id,
      {
        kind: 'reconnect',
        profileId: input.profileId,
        label: input.label || input.connectionId,
        tags: normaliseTags(tags),
        allowedIntegrations: [input.integrationId],
        connectionId: input.connectionId,
        integrationId: input.integrationId,
        ...lineage,
      },
      (client) =>
        client.createReconnectSession({
          connectionId: input.connectionId,
          integrationId: input.integrationId,
          tags,
        }),
      { baseline: { broken: input.broken ?? false } },
    );
    await Promise.allSettled(superseded.map((r) => this.revoke(r.view.id, 'superseded')));
    return view;
  }

  // --- Ending ---

  /**
   * Revokes at Nango, at the origin that issued the link. Dead at Nango already (expired or
   * revoked elsewhere) counts as done. A transient failure queues the revoke: the card shows
   * "revoke pending" and Handoff retries until Nango confirms or the link expires. Resolves with
   * the session as it now is; only a session with no live link is refused.
   */
  async revoke(id: string, outcome: 'revoked' | 'superseded' = 'revoked'): Promise<HandoffSession> {
    const record = this.find(id);
    if (!holdsLiveLink(record)) {
      throw new AppFailure('conflict', `This session is ${record.view.status}; cannot revoke it.`);
    }
    if (record.view.status === 'active' && record.revokeAs === undefined) {
      this.book.update(id, (r) => ({ ...r, revokeAs: outcome }));
    }
    return this.attemptRevoke(id);
  }

  /** Revokes every live link of every profile at once. */
  async revokeAll(): Promise<RevokeAllSummary> {
    const live = this.book.all().filter(holdsLiveLink);
    const done = await Promise.all(
      live.map((r) => this.revoke(r.view.id).catch(() => this.find(r.view.id).view)),
    );
    const queued = done.filter((v) => this.book.get(v.id)?.token !== null).length;
    return { revoked: done.length - queued, queued };
  }

  /** Removes a card whose link is dead. */
  dismiss(id: string): HandoffSession[] {
    const record = this.find(id);
    if (holdsLiveLink(record)) {
      throw new AppFailure(
        'conflict',
        record.view.revokePending
          ? 'Handoff is still revoking this link; the card goes once Nango confirms.'
          : 'Revoke the session before removing its card.',
      );
    }
    this.book.remove(id);
    return this.list();
  }

  // --- Completion ---

  /**
   * Connections Nango listed for a profile (the poller's query, or a desk refresh). Any live
   * session they show finished is marked completed and its link revoked at once.
   */
  noticeConnections(profileId: string, connections: readonly RemoteConnection[]): void {
    // A refreshed card completes once: its other link is then revoked (sessions/rotation/).
    const done = new Set(
      this.book
        .all()
        .filter((r) => r.view.status === 'completed')
        .map((r) => cardIdOf(r.view)),
    );
    for (const record of this.book.all()) {
      if (record.view.profileId !== profileId || record.view.status !== 'active') continue;
      if (!holdsLiveLink(record) || done.has(cardIdOf(record.view))) continue;
      const match = findCompletion(record, connections);
      if (match) {
        done.add(cardIdOf(record.view));
        this.complete(record, match);
      }
    }
  }

  // --- Link actions ---

  /** Puts a live session's link on the clipboard. */
  copyLink(id: string): null {
    this.deps.desktop.writeClipboard(this.showable(id, 'copy').view.connectLink);
    return null;
  }

  /** Opens a live session's link in the browser, only if it is a vetted Connect UI link. */
  async openLink(id: string): Promise<null> {
    const record = this.showable(id, 'open');
    // Vetted against the Connect UI it was issued for: the profile may point elsewhere now.
    if (!isVettedConnectLink(record.view.connectLink, record.connectUiBaseUrl)) {
      throw new AppFailure(
        'conflict',
        'This link does not point at the Connect UI it was issued for (https, or plain http on this machine), so Handoff will not open it.',
      );
    }
    await this.deps.desktop.openExternal(record.view.connectLink);
    return null;
  }

  /** Retries queued revokes and unverified checks now (the network is back). */
  networkBack(): void {
    for (const record of this.book.all()) {
      if (!holdsLiveLink(record)) continue;
      if (record.view.revokePending) void this.attemptRevoke(record.view.id);
      else if (record.view.verification === 'unverified') void this.check(record.view.id);
    }
  }

  /** Stops every timer (app quit, tests). */
  dispose(): void {
    this.book.dispose();
  }

  // --- Internals: issuing ---

  private async issue(
    id: string,
    fields: NewFields,
    request: (client: NangoClient) => Promise<ConnectSessionGrant>,
    /** Main-only parts of the record (a reconnect's baseline, a connect's pre-flight). */
    extra: Pick<SessionRecord, 'baseline' | 'preflight'> = {},
    /** Adds the phone's settings to the vetted link. */
    dress: (link: string) => string = (link) => link,
    /** A new card the create form asked for (not a refresh, not a reconnect): the change says so. */
    created = false,
  ): Promise<HandoffSession> {
    await this.requireStore();
    const profile = this.deps.profiles.get(fields.profileId);
    const now = this.deps.clock.now();
    // First the ledger: if the app dies after Nango made the link but before it is saved, the
    // next start finds this open entry without a session and says so.
    this.deps.ledger.open({
      id,
      kind: fields.kind,
      profileId: profile.id,
      profileName: profile.name,
      label: fields.label,
      tags: fields.tags,
      integrations: fields.allowedIntegrations,
      createdAt: new Date(now).toISOString(),
      // An upper bound until Nango says (setExpiry): never earlier than the link really dies.
      expiresAt: new Date(now + SESSION_LIFETIME_MS + EXPIRY_TOLERANCE_MS).toISOString(),
    });
    let issued: Awaited<ReturnType<typeof this.request>>;
    try {
      issued = await this.request(fields.profileId, request);
    } catch (error) {
      this.createFailed(id, error);
      throw error;
    }
    const { grant, issuer } = issued;
    let connectLink: string;
    try {
      // A link that fails vetting, or a profile removed meanwhile: revoked at once, not shown.
      ({ connectLink } = await acceptIssued(
        issued,
        this.deps.profiles.has(fields.profileId),
        this.deps.sessionTokens,
      ));
    } catch (error) {
      this.deps.ledger.close(id, 'failed', {
        note: error instanceof Error ? error.message : 'The link could not be shown.',
      });
      throw error;
    }
    const view: HandoffSession = {
      id,
      ...fields,
      connectLink: dress(connectLink),
      createdAt: new Date(now).toISOString(),
      expiresAt: grant.expiresAt,
      status: 'active',
    };
    const record: SessionRecord = {
      view,
      token: grant.token,
      ...issuer,
      ...extra,
    };
    try {
      this.book.insert(record, created);
    } catch {
      // Not saved means not shown: a link nobody can see must not stay alive.
      await this.deps.sessionTokens
        .revoke({ apiBaseUrl: record.apiBaseUrl, token: grant.token })
        .catch(() => undefined);
      this.deps.ledger.close(id, 'failed', {
        note: 'Handoff could not save this link on this computer, so it revoked it at once.',
      });
      throw new AppFailure(
        'internal',
        'Handoff could not save the new link on this computer, so it revoked it at once. Check free disk space, then try again.',
      );
    }
    this.deps.ledger.setExpiry(id, grant.expiresAt);
    this.armExpiry(record);
    return view;
  }

  /** Asks Nango for a session, remembering which server (as the profile was) issued it. */
  private request(
    profileId: string,
    request: (client: NangoClient) => Promise<ConnectSessionGrant>,
  ) {
    return this.deps.profiles.call(profileId, async (client, profile) => ({
      grant: await request(client),
      issuer: issuerOf(profile),
    }));
  }

  private createFailed(id: string, error: unknown): void {
    // No answer (timeout, 5xx, garbled): Nango may have made the link. Otherwise nothing exists.
    const unknown =
      error instanceof NangoError && ['timeout', 'server', 'bad_response'].includes(error.kind);
    if (!unknown) {
      this.deps.ledger.forget(id);
      return;
    }
    const expires = new Date(this.deps.clock.now() + SESSION_LIFETIME_MS).toISOString();
    this.deps.ledger.close(id, 'failed', {
      note: `${transientReason(error)} If Nango created this link anyway, it stops working at ${expires}.`,
    });
  }

  private async requireStore(): Promise<void> {
    await this.start();
    let state = this.deps.store.status();
    if (state.status !== 'ready') state = (await this.unlock(), this.deps.store.status());
    if (state.status === 'locked') {
      throw new KeychainError(state.reason, lockedMessage(state.message));
    }
  }

  // --- Internals: restoring ---

  private async restore(): Promise<void> {
    const state = await this.deps.store.open();
    if (state.status !== 'ready') {
      this.deps.emit('sessions:store-changed', this.storeStatus());
      return;
    }
    const now = this.deps.clock.now();
    const saved = this.deps.store.read().sessions;
    const kept = saved
      .filter(
        (r) =>
          holdsLiveLink(r) ||
          now - Date.parse(r.view.statusChangedAt ?? r.view.createdAt) < DEAD_CARD_KEEP_MS,
      )
      .map((r) =>
        holdsLiveLink(r) && r.view.status === 'active' && !r.view.revokePending
          ? { ...r, view: { ...r.view, verification: 'checking' as const } }
          : r,
      );
    this.book.load(kept);
    this.deps.ledger.reconcile(
      new Set(kept.map((r) => r.view.id)),
      this.deps.store.setAside()
        ? 'The saved links could not be opened, so Handoff lost track of this one.'
        : 'Handoff stopped before it could save this link.',
    );
    // Written only when old dead cards were dropped: a read-only disk must not cost a notice.
    if (kept.length !== saved.length) this.book.commit();
    else this.book.announce();
    this.deps.emit('sessions:store-changed', this.storeStatus());
    const attempts: Promise<unknown>[] = [];
    for (const record of kept) {
      if (!holdsLiveLink(record)) continue;
      this.armExpiry(record);
      if (Date.parse(record.view.expiresAt) <= now) continue;
      if (record.view.revokePending) attempts.push(this.attemptRevoke(record.view.id));
      else attempts.push(this.check(record.view.id));
    }
    this.checked = Promise.allSettled(attempts);
  }

  /** Asks Nango whether a restored token is still live. */
  private check(id: string): Promise<void> {
    const running = this.checking.get(id);
    if (running) return running;
    const run = this.runCheck(id).finally(() => this.checking.delete(id));
    this.checking.set(id, run);
    return run;
  }

  private async runCheck(id: string): Promise<void> {
    const record = this.book.get(id);
    if (!record || !holdsLiveLink(record) || record.view.status !== 'active') return;
    try {
      const liveness = await this.deps.sessionTokens.probe(
        { apiBaseUrl: record.apiBaseUrl, token: record.token },
        'background',
      );
      if (liveness === 'gone') {
        this.end(id, 'revoked', 'Nango no longer knows this link: it was revoked elsewhere.');
        return;
      }
    } catch (error) {
      this.book.update(id, (r) => ({ ...r, view: { ...r.view, verification: 'unverified' } }));
      const attempts = (this.unverifiedAttempts.get(id) ?? 0) + 1;
      this.unverifiedAttempts.set(id, attempts);
      this.book.setTimer(id, 'retry', retryDelayMs(attempts, error), () => void this.check(id));
      return;
    }
    this.unverifiedAttempts.delete(id);
    this.book.update(id, (r) => {
      const { verification: _done, ...view } = r.view;
      return { ...r, view };
    });
  }

  private readonly unverifiedAttempts = new Map<string, number>();

  // --- Internals: revoking, completing, expiring ---

  private attemptRevoke(id: string): Promise<HandoffSession> {
    const running = this.revoking.get(id);
    if (running) return running;
    const run = this.runRevoke(id).finally(() => this.revoking.delete(id));
    this.revoking.set(id, run);
    return run;
  }

  private async runRevoke(id: string): Promise<HandoffSession> {
    const record = this.find(id);
    if (!holdsLiveLink(record)) return record.view;
    this.book.clearTimer(id, 'retry');
    try {
      // Resolves only once the issuing server confirmed the link dead (204, or unknown token).
      await this.deps.sessionTokens.revoke({ apiBaseUrl: record.apiBaseUrl, token: record.token });
    } catch (error) {
      return this.queueRevoke(id, error);
    }
    const current = this.find(id);
    return this.end(id, current.view.status === 'completed' ? 'completed' : 'revoked');
  }

  private queueRevoke(id: string, error: unknown): HandoffSession {
    const record = this.find(id);
    const now = this.deps.clock.now();
    const attempts = (record.view.revokePending?.attempts ?? 0) + 1;
    const delay = retryDelayMs(attempts, error);
    const next = this.book.update(id, (r) => {
      const { verification: _unknown, ...view } = r.view;
      return {
        ...r,
        view: {
          ...view,
          revokePending: {
            since: r.view.revokePending?.since ?? new Date(now).toISOString(),
            attempts,
            reason: transientReason(error),
            nextAttemptAt: new Date(now + delay).toISOString(),
          },
        },
      };
    });
    this.book.setTimer(id, 'retry', delay, () => void this.attemptRevoke(id));
    return (next ?? record).view;
  }

  private complete(record: SessionRecord & { token: string }, connection: RemoteConnection): void {
    const id = record.view.id;
    const at =
      record.view.kind === 'connect'
        ? connection.created
        : new Date(this.deps.clock.now()).toISOString();
    const completion = {
      connectionId: connection.connectionId,
      integrationId: connection.integrationId,
      at,
    };
    this.book.update(id, (r) => {
      const { verification: _seen, ...view } = r.view;
      return {
        ...r,
        view: {
          ...view,
          status: 'completed',
          statusChangedAt: new Date(this.deps.clock.now()).toISOString(),
          completion,
        },
      };
    });
    this.deps.ledger.close(id, 'connected', {
      connectionId: completion.connectionId,
      integrationId: completion.integrationId,
      at,
    });
    this.deps.desktop.notify({
      title: record.view.kind === 'connect' ? 'Customer connected' : 'Connection repaired',
      body: `${record.view.label} connected ${completion.integrationId} (${completion.connectionId}). Handoff revoked the link.`,
    });
    void this.attemptRevoke(id);
  }

  /** The link is dead: drop the token, stop timers, record the outcome. */
  private end(
    id: string,
    status: 'revoked' | 'expired' | 'completed',
    note?: string,
  ): HandoffSession {
    const record = this.find(id);
    this.book.clearTimer(id, 'expiry');
    this.book.clearTimer(id, 'retry');
    this.unverifiedAttempts.delete(id);
    const finalStatus = record.view.status === 'completed' ? 'completed' : status;
    const next = this.book.update(id, (r) => {
      const { revokePending: _gone, verification: _known, ...view } = r.view;
      return {
        ...r,
        token: null,
        view: {
          ...view,
          status: finalStatus,
          statusChangedAt:
            finalStatus === r.view.status && r.view.statusChangedAt
              ? r.view.statusChangedAt
              : new Date(this.deps.clock.now()).toISOString(),
        },
      };
    });
    if (finalStatus !== 'completed') {
      const outcome = status === 'revoked' ? (record.revokeAs ?? 'revoked') : status;
      this.deps.ledger.close(id, outcome === 'completed' ? 'connected' : outcome, {
        ...(note ? { note } : {}),
      });
    }
    return (next ?? record).view;
  }

  private armExpiry(record: SessionRecord): void {
    const id = record.view.id;
    const msLeft = Date.parse(record.view.expiresAt) - this.deps.clock.now();
    this.book.setTimer(id, 'expiry', msLeft, () => {
      if (this.book.get(id)?.token !== null) this.end(id, 'expired');
    });
  }

  private find(id: string): SessionRecord {
    const record = this.book.get(id);
    if (!record) throw new AppFailure('not_found', 'That session is no longer listed.');
    return record;
  }

  /** A session whose link may be shown: live, not being revoked. */
  private showable(id: string, action: string): SessionRecord & { token: string } {
    const record = this.find(id);
    if (record.view.status !== 'active' || !holdsLiveLink(record) || record.view.revokePending) {
      const state = record.view.revokePending ? 'being revoked' : record.view.status;
      throw new AppFailure('conflict', `This session is ${state}; cannot ${action} it.`);
    }
    return record;
  }
}

function lockedMessage(keychainMessage: string): string {
  return `Saved links are locked: Handoff keeps them encrypted with a key in your keychain. ${keychainMessage}`;
}
