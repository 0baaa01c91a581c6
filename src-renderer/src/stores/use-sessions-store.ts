/**
 * Live handoff sessions (one card each). Main owns them and pushes `sessions:changed`;
 * actions here ask main and fold its answer in at once.
 */
import { create } from 'zustand';
import type { RequestOf } from '../../../src-shared/contract/channels';
import type { Result } from '../../../src-shared/contract/result';
import type { HandoffSession } from '../../../src-shared/models/session';
import { getApi } from '../api';
import { upsertById } from '../lib/upsert-by-id';

/** The sessions store's state and actions. */
export interface SessionsState {
  sessions: HandoffSession[];
  /** The last link made from the create form: its card is brought into view and focused. */
  lastCreatedId: string | null;
  replaceAll: (sessions: HandoffSession[]) => void;
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
    set((state) => ({ sessions: upsertById(state.sessions, session, 'start') }));
  const withSession = async (pending: Promise<Result<HandoffSession>>) => {
    const result = await pending;
    if (result.ok) upsert(result.data);
    return result;
  };
  return {
    ...initialSessionsState,
    replaceAll: (sessions) => set({ sessions }),
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
