/**
 * Live handoff sessions (one card each). Main owns them and pushes `sessions:changed`;
 * actions here ask main and fold its answer in at once.
 */
import { create } from 'zustand';
import type { RequestOf } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { SessionStoreStatus } from '../../../src-shared/models/app-status';
import type { HandoffSession, RevokeAllSummary } from '../../../src-shared/models/session';
import { getApi } from '../api';
import { keepIdentities, sameJson } from '../lib/keep-identities';
import { upsertById } from '../lib/upsert-by-id';

/** The sessions store's state and actions. */
export interface SessionsState {
  sessions: HandoffSession[];
  /** Whether saved links could be opened (their key is in the keychain). */
  store: SessionStoreStatus;
  /** The last link made from the create form: its card is brought into view and focused. */
  lastCreatedId: string | null;
  /**
   * The last card a delta brought as just created (and so focused as it was drawn): its
   * create's reply has nothing to add then, no second commit, focus or scroll.
   */
  announcedId: string | null;
  replaceAll: (sessions: HandoffSession[]) => void;
  /**
   * Folds in one `sessions:changed` delta: changed views replace their cards, new ones lead.
   * `created`: the delta brings the card a create just made, which is then focused as drawn.
   */
  applyChange: (upserted: HandoffSession[], removed: string[], created?: string) => void;
  setStore: (store: SessionStoreStatus) => void;
  /** Tries the keychain again. */
  unlock: () => Promise<Result<SessionStoreStatus>>;
  /** Revokes every live link; the outcome is kept in `revokeAllResult` for the summary line. */
  revokeAll: () => Promise<Result<RevokeAllSummary>>;
  revokeAllResult: Result<RevokeAllSummary> | null;
  /** Set by the menu command: Revoke all shows its question until answered. */
  revokeAllAsked: boolean;
  /** The menu command: asks, or says at once that no link is live. */
  askRevokeAll: () => void;
  settleRevokeAllAsk: () => void;
  upsert: (session: HandoffSession) => void;
  create: (request: RequestOf<'sessions:create'>) => Promise<Result<HandoffSession>>;
  revoke: (id: string) => Promise<Result<HandoffSession>>;
  dismiss: (id: string) => Promise<Result<HandoffSession[]>>;
  copyLink: (id: string) => Promise<Result<null>>;
  openLink: (id: string) => Promise<Result<null>>;
  /** Main fills the message template and opens the mail app; the link stays in main. */
  emailLink: (id: string) => Promise<Result<null>>;
  /** Main fills the message template and puts it on the clipboard. */
  copyMessage: (id: string) => Promise<Result<null>>;
  /** A card's "Refresh automatically" (main decides the rest). */
  setRefresh: (id: string, enabled: boolean) => Promise<Result<HandoffSession>>;
  /** "Continue" after refreshing stopped. */
  continueRefresh: (id: string) => Promise<Result<HandoffSession>>;
}

/** Initial values, also used by tests to reset. */
export const initialSessionsState = {
  sessions: [] as HandoffSession[],
  store: { status: 'ready' } as SessionStoreStatus,
  revokeAllResult: null as Result<RevokeAllSummary> | null,
  revokeAllAsked: false,
  lastCreatedId: null as string | null,
  announcedId: null as string | null,
};

/** The sessions store. */
export const useSessionsStore = create<SessionsState>((set, get) => {
  // Newest first: a new handoff goes to the top of the grid.
  const upsert = (session: HandoffSession) =>
    set((state) => {
      const old = state.sessions.find((s) => s.id === session.id);
      if (old && sameJson(old, session)) return state;
      return { sessions: upsertById(state.sessions, session, 'start') };
    });
  // Every event brings fresh objects: keep the ones whose data did not change, so their
  // (memoised) cards do not re-render, and keep the list itself when nothing changed at all.
  const replaceAll = (sessions: HandoffSession[]) =>
    set((state) => {
      const next = keepIdentities(state.sessions, sessions);
      return next === state.sessions ? state : { sessions: next };
    });
  // One delta: changed views replace their cards in place; new ones lead, in main's order
  // (newest first), so a restore's whole list lands in the right order too.
  const applyChange = (upserted: HandoffSession[], removed: string[], created?: string) =>
    set((state) => {
      const gone = new Set(removed);
      let sessions = gone.size > 0 ? state.sessions.filter((s) => !gone.has(s.id)) : state.sessions;
      const index = new Map(sessions.map((s, i) => [s.id, i]));
      const added: HandoffSession[] = [];
      for (const session of upserted) {
        const at = index.get(session.id);
        if (at === undefined) added.push(session);
        else if (!sameJson(sessions[at], session)) {
          if (sessions === state.sessions) sessions = [...sessions];
          sessions[at] = session;
        }
      }
      if (added.length > 0) sessions = [...added, ...sessions];
      if (sessions === state.sessions) return state;
      // In the same update as the card itself: the grid focuses it in the commit that draws it.
      return created !== undefined && added.some((s) => s.id === created)
        ? { sessions, lastCreatedId: created, announcedId: created }
        : { sessions };
    });
  const withSession = async (pending: Promise<Result<HandoffSession>>) => {
    const result = await pending;
    if (result.ok) upsert(result.data);
    return result;
  };
  return {
    ...initialSessionsState,
    replaceAll,
    applyChange,
    setStore: (store) => set({ store }),
    unlock: async () => {
      const result = await getApi().sessions.unlock({});
      if (result.ok) set({ store: result.data });
      return result;
    },
    askRevokeAll: () =>
      get().sessions.some((s) => s.status === 'active')
        ? set({ revokeAllAsked: true })
        : set({ revokeAllResult: { ok: true, data: { revoked: 0, queued: 0 } } }),
    settleRevokeAllAsk: () => set({ revokeAllAsked: false }),
    revokeAll: async () => {
      const result = await getApi().sessions.revokeAll({});
      set({ revokeAllResult: result });
      return result;
    },
    upsert,
    create: async (request) => {
      const result = await withSession(getApi().sessions.create(request));
      // Unless its change already brought the card (and focus to it): a resync, say.
      if (result.ok && get().announcedId !== result.data.id) {
        set({ lastCreatedId: result.data.id });
      }
      return result;
    },
    revoke: (id) => withSession(getApi().sessions.revoke({ id })),
    dismiss: async (id) => {
      const result = await getApi().sessions.dismiss({ id });
      if (result.ok) replaceAll(result.data);
      return result;
    },
    copyLink: (id) => getApi().sessions.copyLink({ id }),
    openLink: (id) => getApi().sessions.openLink({ id }),
    emailLink: (id) => getApi().sessions.emailLink({ id }),
    copyMessage: (id) => getApi().sessions.copyMessage({ id }),
    setRefresh: (id, enabled) => withSession(getApi().sessions.setRefresh({ id, enabled })),
    continueRefresh: (id) => withSession(getApi().sessions.continueRefresh({ id })),
  };
});
