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
import { upsertById } from '../lib/upsert-by-id';

/** The sessions store's state and actions. */
export interface SessionsState {
  sessions: HandoffSession[];
  /** Whether saved links could be opened (their key is in the keychain). */
  store: SessionStoreStatus;
  /** The last link made from the create form: its card is brought into view and focused. */
  lastCreatedId: string | null;
  replaceAll: (sessions: HandoffSession[]) => void;
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
}

/** Initial values, also used by tests to reset. */
export const initialSessionsState = {
  sessions: [] as HandoffSession[],
  store: { status: 'ready' } as SessionStoreStatus,
  revokeAllResult: null as Result<RevokeAllSummary> | null,
  revokeAllAsked: false,
  lastCreatedId: null as string | null,
};

/** The sessions store. */
export const useSessionsStore = create<SessionsState>((set, get) => {
  // Newest first: a new handoff goes to the top of the grid.
  const upsert = (session: HandoffSession) =>
    set((state) => ({ sessions: upsertById(state.sessions, session, 'start') }));
  const withSession = async (pending: Promise<Result<HandoffSession>>) => {
    const result = await pending;
    if (result.ok) upsert(result.data);
    return result;
  };
  return {
    ...initialSessionsState,
    replaceAll: (sessions) => set({ sessions }),
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
      if (result.ok) set({ lastCreatedId: result.data.id });
      return result;
    },
    revoke: (id) => withSession(getApi().sessions.revoke({ id })),
    dismiss: async (id) => {
      const result = await getApi().sessions.dismiss({ id });
      if (result.ok) set({ sessions: result.data });
      return result;
    },
    copyLink: (id) => getApi().sessions.copyLink({ id }),
    openLink: (id) => getApi().sessions.openLink({ id }),
    emailLink: (id) => getApi().sessions.emailLink({ id }),
    copyMessage: (id) => getApi().sessions.copyMessage({ id }),
  };
});
