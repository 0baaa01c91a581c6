/**
 * Live handoff sessions (one card each). Main owns them and pushes `sessions:changed`;
 * actions here ask main and fold its answer in at once.
 */
import { create } from 'zustand';
import type { RequestOf } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { HandoffSession } from '../../../src-shared/models/session';
import { getApi } from '../api';
import { keepIdentities, sameJson } from '../lib/keep-identities';
import { upsertById } from '../lib/upsert-by-id';

/** The sessions store's state and actions. */
export interface SessionsState {
  sessions: HandoffSession[];
  /** The last link made from the create form: its card is brought into view and focused. */
  lastCreatedId: string | null;
  replaceAll: (sessions: HandoffSession[]) => void;
  /** Folds in one `sessions:changed` delta: changed views replace their cards, new ones lead. */
  applyChange: (upserted: HandoffSession[], removed: string[]) => void;
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
  lastCreatedId: null as string | null,
};

/** The sessions store. */
export const useSessionsStore = create<SessionsState>((set) => {
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
  const withSession = async (pending: Promise<Result<HandoffSession>>) => {
    const result = await pending;
    if (result.ok) upsert(result.data);
    return result;
  };
  return {
    ...initialSessionsState,
    replaceAll,
    applyChange: (upserted, removed) =>
      set((state) => {
        const gone = new Set(removed);
        let sessions =
          gone.size > 0 ? state.sessions.filter((s) => !gone.has(s.id)) : state.sessions;
        for (const session of upserted) {
          const old = sessions.find((s) => s.id === session.id);
          if (!old || !sameJson(old, session)) sessions = upsertById(sessions, session, 'start');
        }
        return sessions === state.sessions ? state : { sessions };
      }),
    upsert,
    create: async (request) => {
      const result = await withSession(getApi().sessions.create(request));
      if (result.ok) set({ lastCreatedId: result.data.id });
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
  };
});
