/**
 * Live handoff sessions: create (connect or reconnect), revoke, expire, dismiss, and the
 * link actions (copy, open) that go by session id so the renderer never hands main a URL.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { HandoffSession, Tags } from '../../src-shared/models/session';
import { HANDOFF_TAG, normaliseTags, validateTags } from '../../src-shared/tags/tag-rules';
import { AppFailure } from '../errors/app-failure';
import { isVettedConnectLink } from '../nango/connect-link';
import { NangoError } from '../nango/nango-error';
import type { SessionTokenClient } from '../nango/session-token-client';
import type { Clock, TimerHandle } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import type { ConnectUiLang, ConnectUiTheme, Preflight } from '../../src-shared/models/preflight';
import {
  mergeLegacyTags,
  sessionOptions,
  withPhoneParams,
  type LegacyInputs,
} from '../preflight/session-options';
import type { ProfileService } from '../profiles/profile-service';
import { acceptIssued, issuerOf, type IssuedSession } from './issued-session';
import { labelFromTags, toViews, type SessionRecord } from './session-record';

/** What the service needs. */
export interface SessionServiceDeps {
  clock: Clock;
  emit: EventSink;
  profiles: ProfileService;
  /** Revokes (and reads) sessions at the server that issued them. */
  sessionTokens: SessionTokenClient;
  desktop: Desktop;
  newId: () => string;
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
}

/** Holds every session of this run and keeps the renderer informed. */
export class SessionService {
  private readonly records = new Map<string, SessionRecord>();
  private seq = 0;
  private readonly timers = new Map<string, TimerHandle>();

  constructor(private readonly deps: SessionServiceDeps) {}

  /** The number of the last `sessions:changed` sent; `list()` includes everything up to it. */
  changeSeq(): number {
    return this.seq;
  }

  /** Sessions, newest first. */
  list(): HandoffSession[] {
    return toViews(this.records.values());
  }

  /** Creates a connect session tagged with its own `handoff_id`, so its connection can be found. */
  async create(input: CreateSessionInput): Promise<HandoffSession> {
    const id = this.deps.newId();
    // Merged before counting: over 10 tags in all, the server answers 500 instead of 400.
    const tags = { ...mergeLegacyTags(input.tags, input), [HANDOFF_TAG]: id };
    const fields = validateTags(tags);
    if (fields.length > 0) {
      throw new AppFailure('invalid_input', 'Some tags break Nango’s rules.', fields);
    }
    const notes: string[] = [];
    const send = (withDocs: boolean) =>
      this.deps.profiles.call(input.profileId, async (client, profile) => ({
        grant: await client.createConnectSession({
          tags,
          allowedIntegrations: input.allowedIntegrations,
          ...sessionOptions(input.preflight, withDocs),
        }),
        issuer: issuerOf(profile),
      }));
    const withDocs = sessionOptions(input.preflight).overrides !== undefined;
    const issued = await send(true).catch(async (error: unknown) => {
      // Plans without docs_connect answer 403: degrade to a link without it, and say so.
      if (!(withDocs && error instanceof NangoError && error.kind === 'forbidden')) throw error;
      const retried = await send(false);
      notes.push(DOCS_CONNECT_REFUSED);
      return retried;
    });
    const defaults = this.deps.phoneDefaults?.(input.profileId) ?? {};
    const phone = {
      lang: input.preflight?.lang ?? defaults.lang,
      theme: input.preflight?.theme ?? defaults.theme,
    };
    return this.add(
      id,
      issued,
      {
        kind: 'connect',
        profileId: input.profileId,
        label: labelFromTags(tags),
        tags: normaliseTags(tags),
        allowedIntegrations: input.allowedIntegrations,
        ...(phone.lang ? { phoneLang: phone.lang } : {}),
        ...(phone.theme ? { phoneTheme: phone.theme } : {}),
        ...(notes.length > 0 ? { notes } : {}),
      },
      (link) => withPhoneParams(link, phone),
    );
  }

  /**
   * Creates a reconnect session, resending the connection's current tags unchanged. One live
   * reconnect link per connection: an older one is revoked once the new one exists, so two
   * QR codes for the same repair are never in circulation.
   */
  async reconnect(input: ReconnectInput): Promise<HandoffSession> {
    const superseded = [...this.records.values()].filter(
      (r) =>
        r.view.kind === 'reconnect' &&
        r.view.status === 'active' &&
        r.view.profileId === input.profileId &&
        r.view.connectionId === input.connectionId,
    );
    const id = this.deps.newId();
    const issued = await this.deps.profiles.call(input.profileId, async (client, profile) => ({
      grant: await client.createReconnectSession({
        connectionId: input.connectionId,
        integrationId: input.integrationId,
        tags: input.tags,
      }),
      issuer: issuerOf(profile),
    }));
    const view = await this.add(id, issued, {
      kind: 'reconnect',
      profileId: input.profileId,
      label: input.label || input.connectionId,
      tags: normaliseTags(input.tags),
      allowedIntegrations: [input.integrationId],
      connectionId: input.connectionId,
      integrationId: input.integrationId,
    });
    // Best effort: if revoking the old link fails (offline), it stays listed as active with
    // its own Revoke button, and still expires on time.
    await Promise.allSettled(superseded.map((r) => this.revoke(r.view.id)));
    return view;
  }

  /**
   * Revokes at the server that issued the session, with its token, whatever the profile points
   * at now. Marked revoked only when that server confirmed it: 204, or 401
   * `unknown_connect_session_token` (expired or revoked elsewhere: dead either way). Any other
   * answer, or none, changes nothing and is reported.
   */
  async revoke(id: string): Promise<HandoffSession> {
    const record = this.active(id, 'revoke');
    await this.deps.sessionTokens.revoke({ apiBaseUrl: record.apiBaseUrl, token: record.token });
    return this.finish(record, 'revoked');
  }

  /** Removes a card that can no longer be used. */
  dismiss(id: string): HandoffSession[] {
    const record = this.find(id);
    if (record.view.status === 'active') {
      throw new AppFailure('conflict', 'Revoke the session before removing its card.');
    }
    this.records.delete(id);
    this.changed([], [id]);
    return this.list();
  }

  /** Puts an active session's link on the clipboard. */
  copyLink(id: string): null {
    this.deps.desktop.writeClipboard(this.active(id, 'copy').view.connectLink);
    return null;
  }

  /** Opens an active session's link in the browser, only if it is a vetted Connect UI link. */
  async openLink(id: string): Promise<null> {
    const record = this.active(id, 'open');
    if (!isVettedConnectLink(record.view.connectLink, record.connectUiBaseUrl)) {
      throw new AppFailure(
        'conflict',
        'This link does not point at the Connect UI it was issued for (https, or plain http on this machine), so Handoff will not open it.',
      );
    }
    await this.deps.desktop.openExternal(record.view.connectLink);
    return null;
  }

  /** Stops every expiry timer (app quit, tests). */
  dispose(): void {
    for (const timer of this.timers.values()) this.deps.clock.clearTimeout(timer);
    this.timers.clear();
  }

  // --- Internals ---

  /** Turns an issued session into a card, or revokes it at once if it cannot be shown. */
  private async add(
    id: string,
    issued: IssuedSession,
    fields: Omit<HandoffSession, 'id' | 'connectLink' | 'createdAt' | 'expiresAt' | 'status'>,
    /** Adds the phone's settings to the vetted link. */
    dress: (link: string) => string = (link) => link,
  ): Promise<HandoffSession> {
    const { grant: created, issuer } = issued;
    const exists = this.deps.profiles.has(fields.profileId);
    const { connectLink } = await acceptIssued(issued, exists, this.deps.sessionTokens);
    const view: HandoffSession = {
      id,
      ...fields,
      connectLink: dress(connectLink),
      createdAt: new Date(this.deps.clock.now()).toISOString(),
      expiresAt: created.expiresAt,
      status: 'active',
    };
    const record: SessionRecord = { view, token: created.token, ...issuer };
    this.records.set(id, record);
    const msLeft = Date.parse(created.expiresAt) - this.deps.clock.now();
    this.timers.set(
      id,
      this.deps.clock.setTimeout(() => this.finish(record, 'expired'), Math.max(0, msLeft)),
    );
    this.changed([view]);
    return view;
  }

  private finish(record: SessionRecord, status: 'revoked' | 'expired'): HandoffSession {
    const timer = this.timers.get(record.view.id);
    if (timer !== undefined) this.deps.clock.clearTimeout(timer);
    this.timers.delete(record.view.id);
    record.token = null;
    record.view = {
      ...record.view,
      status,
      statusChangedAt: new Date(this.deps.clock.now()).toISOString(),
    };
    this.changed([record.view]);
    return record.view;
  }

  private find(id: string): SessionRecord {
    const record = this.records.get(id);
    if (!record) throw new AppFailure('not_found', 'That session is no longer listed.');
    return record;
  }

  private active(id: string, action: string): SessionRecord & { token: string } {
    const record = this.find(id);
    if (record.view.status !== 'active' || record.token === null) {
      throw new AppFailure(
        'conflict',
        `This session is ${record.view.status}; cannot ${action} it.`,
      );
    }
    return record as SessionRecord & { token: string };
  }

  /** Tells the renderer what changed, numbered so that it can tell when it missed one. */
  private changed(upserted: HandoffSession[], removed: string[] = []): void {
    this.seq += 1;
    this.deps.emit('sessions:changed', { seq: this.seq, upserted, removed });
  }
}
