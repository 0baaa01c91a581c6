/**
 * The reconnect desk's saved connections. Main owns them (in worklist order) and pushes
 * `connections:changed`; actions here ask main and fold its answer in at once. Also remembers,
 * per profile, the last refresh and whether the key turned out to lack
 * `environment:connections:list`, and which reconnect session the desk made for which row.
 */
import { create } from 'zustand';
import type {
  RefreshSummary,
  RemoteConnectionsPage,
  RequestOf,
} from '../../../src-shared/contract/channels';
import type { AppError, Result } from '../../../src-shared/contract/result';
import type { SavedConnection } from '../../../src-shared/models/connection';
import type { ProfileView } from '../../../src-shared/models/profile';
import type { HandoffSession } from '../../../src-shared/models/session';
import { getApi } from '../api';
import { upsertById } from '../lib/upsert-by-id';
import { useNetworkStore } from './use-network-store';
import { useProfilesStore } from './use-profiles-store';
import { useSessionsStore } from './use-sessions-store';

/** One profile's last status refresh. */
export interface RefreshEntry {
  pending: boolean;
  summary: RefreshSummary | null;
  error: AppError | null;
  /** The network store's `reconnects` when the error happened (see `isStaleOffline`). */
  errorSeenAt?: number;
}

/**
 * A `missing_scope` answer, remembered against the key test it contradicts: once the key is
 * tested again (new `testedAt`) it no longer applies.
 */
export interface ScopeBlock {
  message: string;
  testedAt: string | null;
}

/** The connections store's state and actions. Actions resolve with main's Result for the UI. */
export interface ConnectionsState {
  /** Every profile's saved connections, in main's worklist order. */
  connections: SavedConnection[];
  refreshByProfile: Record<string, RefreshEntry>;
  scopeBlocks: Record<string, ScopeBlock>;
  /** Saved connection id → the reconnect session the desk created for it. */
  reconnectSessions: Record<string, string>;
  /** Replaces everything (snapshot, `connections:changed`). */
  replaceAll: (connections: SavedConnection[]) => void;
  save: (input: RequestOf<'connections:save'>) => Promise<Result<SavedConnection>>;
  update: (input: RequestOf<'connections:update'>) => Promise<Result<SavedConnection>>;
  remove: (id: string) => Promise<Result<SavedConnection[]>>;
  /** Refreshes a profile's health from Nango. */
  refresh: (profileId: string) => Promise<Result<RefreshSummary>>;
  searchRemote: (
    request: RequestOf<'connections:search-remote'>,
  ) => Promise<Result<RemoteConnectionsPage>>;
  importRemote: (request: RequestOf<'connections:import'>) => Promise<Result<SavedConnection[]>>;
  /** Creates a reconnect session for a saved connection; its card joins the sessions list. */
  reconnect: (savedConnectionId: string) => Promise<Result<HandoffSession>>;
}

/** Initial values, also used by tests to reset. */
export const initialConnectionsState = {
  connections: [] as SavedConnection[],
  refreshByProfile: {} as Record<string, RefreshEntry>,
  scopeBlocks: {} as Record<string, ScopeBlock>,
  reconnectSessions: {} as Record<string, string>,
};

const testedAtOf = (profileId: string) =>
  useProfilesStore.getState().profiles.find((p) => p.id === profileId)?.capabilities?.testedAt ??
  null;

export const useConnectionsStore = create<ConnectionsState>((set) => {
  const upsert = (row: SavedConnection) =>
    set((state) => ({ connections: upsertById(state.connections, row) }));

  /** Remembers (or forgets) a missing scope after a call that needs `connections:list`. */
  const noteScope = (profileId: string, result: Result<unknown>) =>
    set((state) => {
      if (!result.ok && result.error.code === 'missing_scope') {
        const block = { message: result.error.message, testedAt: testedAtOf(profileId) };
        return { scopeBlocks: { ...state.scopeBlocks, [profileId]: block } };
      }
      if (result.ok && state.scopeBlocks[profileId]) {
        const scopeBlocks = { ...state.scopeBlocks };
        delete scopeBlocks[profileId];
        return { scopeBlocks };
      }
      return {};
    });

  const patchRefresh = (profileId: string, entry: Partial<RefreshEntry>) =>
    set((state) => {
      const current = state.refreshByProfile[profileId] ?? {
        pending: false,
        summary: null,
        error: null,
      };
      return {
        refreshByProfile: { ...state.refreshByProfile, [profileId]: { ...current, ...entry } },
      };
    });

  return {
    ...initialConnectionsState,
    replaceAll: (connections) => set({ connections }),
    save: async (input) => {
      const result = await getApi().connections.save(input);
      if (result.ok) upsert(result.data);
      return result;
    },
    update: async (input) => {
      const result = await getApi().connections.update(input);
      if (result.ok) upsert(result.data);
      return result;
    },
    remove: async (id) => {
      const result = await getApi().connections.remove({ id });
      if (result.ok) set({ connections: result.data });
      return result;
    },
    refresh: async (profileId) => {
      patchRefresh(profileId, { pending: true, error: null });
      const result = await getApi().connections.refresh({ profileId });
      noteScope(profileId, result);
      patchRefresh(
        profileId,
        result.ok
          ? { pending: false, summary: result.data, error: null }
          : {
              pending: false,
              error: result.error,
              errorSeenAt: useNetworkStore.getState().reconnects,
            },
      );
      return result;
    },
    searchRemote: async (request) => {
      const result = await getApi().connections.searchRemote(request);
      noteScope(request.profileId, result);
      return result;
    },
    importRemote: async (request) => {
      const result = await getApi().connections.import(request);
      if (result.ok) set({ connections: result.data });
      return result;
    },
    reconnect: async (savedConnectionId) => {
      const result = await getApi().sessions.reconnect({ savedConnectionId });
      if (result.ok) {
        useSessionsStore.getState().upsert(result.data);
        set((state) => ({
          reconnectSessions: { ...state.reconnectSessions, [savedConnectionId]: result.data.id },
        }));
      }
      return result;
    },
  };
});

/** Why the desk cannot list connections for `profile`, or `null` when it can (as far as known). */
export function scopeOffReason(
  profile: ProfileView | null,
  blocks: Record<string, ScopeBlock>,
): string | null {
  if (!profile) return null;
  if (profile.capabilities?.connectionsList === false) {
    return 'The last key test showed it lacks the environment:connections:list scope.';
  }
  const block = blocks[profile.id];
  if (block && block.testedAt === (profile.capabilities?.testedAt ?? null)) return block.message;
  return null;
}
