/**
 * The reconnect desk: the active profile's saved customer connections as a worklist (broken
 * first), each one reconnectable in a click with its tags kept; status refresh, add by hand and
 * import from Nango. The list is local, so it stays browsable offline and without the
 * connections:list scope; only the actions that need Nango go out, and say plainly when they fail.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProfileView } from '../../../../src-shared/models/profile';
import {
  DEFAULT_DESK_QUERY,
  applyDeskQuery,
  connectionKey,
  countByHealth,
  isDefaultQuery,
  sessionForRow,
} from '../../lib/connection-desk';
import { useAppStore } from '../../stores/use-app-store';
import { useClockStore } from '../../stores/use-clock-store';
import { scopeOffReason, useConnectionsStore } from '../../stores/use-connections-store';
import { useIntegrationsStore } from '../../stores/use-integrations-store';
import { useNetworkStore } from '../../stores/use-network-store';
import { selectActiveProfile, useProfilesStore } from '../../stores/use-profiles-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { ConnectionFormView } from './connection-form';
import { OfflineBanner, ScopeOffPanel } from './desk-notices';
import { DeskRow } from './desk-row';
import { DeskToolbar } from './desk-toolbar';
import { ImportPanel } from './import-panel';
import { RefreshBar } from './refresh-bar';
import { useConnectionForm } from './use-connection-form';
import { announcementText, type Announce, type DeskAnnouncement } from './desk-announcement';

const MINUTE = 60_000;

/** The "Reconnect desk" tab. */
export function DeskPage() {
  const profile = useProfilesStore(selectActiveProfile);
  const setTab = useAppStore((s) => s.setTab);
  if (!profile) {
    return (
      <section className="desk" aria-labelledby="desk-title">
        <div className="empty empty--page" data-testid="desk-no-profile">
          <div className="empty__art empty__art--desk" aria-hidden="true" />
          <h1 id="desk-title" className="empty__title">
            Reconnect desk
          </h1>
          <p className="muted">
            Set up an environment profile first: the desk keeps each profile’s customer connections.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setTab('handoff')}
          >
            Set up Handoff
          </button>
        </div>
      </section>
    );
  }
  // Keyed by profile: switching profiles starts with fresh filters and closed panels.
  return <Desk key={profile.id} profile={profile} />;
}

interface DeskProps {
  profile: ProfileView;
}

function Desk({ profile }: DeskProps) {
  const all = useConnectionsStore((s) => s.connections);
  const scopeBlocks = useConnectionsStore((s) => s.scopeBlocks);
  const reconnectSessions = useConnectionsStore((s) => s.reconnectSessions);
  const sessions = useSessionsStore((s) => s.sessions);
  const offline = useNetworkStore((s) => s.status?.online === false);
  // Minute resolution: relative times stay fresh without a re-render every second.
  const now = useClockStore((s) => Math.floor(s.now / MINUTE) * MINUTE);
  const integrations = useIntegrationsStore((s) => s.byProfile[profile.id]);
  const loadIntegrations = useIntegrationsStore((s) => s.load);
  const [query, setQuery] = useState(DEFAULT_DESK_QUERY);
  const [panel, setPanel] = useState<'add' | 'import' | null>(null);
  const [announcement, setAnnouncement] = useState<DeskAnnouncement | null>(null);
  const testedAt = profile.capabilities?.testedAt;
  const addRef = useRef<HTMLButtonElement>(null);
  const importRef = useRef<HTMLButtonElement>(null);

  const rows = useMemo(() => all.filter((c) => c.profileId === profile.id), [all, profile.id]);
  const shown = useMemo(() => applyDeskQuery(rows, query), [rows, query]);
  const counts = useMemo(() => countByHealth(rows), [rows]);
  const saved = useMemo(() => new Set(rows.map(connectionKey)), [rows]);
  const scopeReason = scopeOffReason(profile, scopeBlocks);
  const scopeOff = scopeReason !== null;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (integrations?.result?.available) {
      for (const i of integrations.result.integrations) map.set(i.id, i.displayName);
    }
    return map;
  }, [integrations]);

  const hasList = integrations?.result?.available === true;
  useEffect(() => {
    if (!hasList) void loadIntegrations(profile.id);
    // Also reload when the key is tested again: its scopes may have changed.
  }, [hasList, loadIntegrations, profile.id, profile.key.status, testedAt]);

  const announce = useCallback(
    (message: string, sessionId?: string) => setAnnouncement({ message, sessionId }),
    [],
  );
  const announced = announcementText(announcement, sessions, now);
  const toggle = (which: 'add' | 'import') => setPanel((p) => (p === which ? null : which));
  /** Closes a panel and gives focus back to the button that opened it. */
  const close = (which: 'add' | 'import') => {
    setPanel(null);
    (which === 'add' ? addRef : importRef).current?.focus();
  };
  const importOpen = panel === 'import' && !scopeOff;

  return (
    <section className="desk" aria-labelledby="desk-title" data-testid="desk">
      <header className="desk__header">
        <div className="desk__heading">
          <h1 id="desk-title" className="page-title">
            Reconnect desk
          </h1>
          <p className="muted small">
            Customer connections saved for <strong>{profile.name}</strong>. Broken ones come first;
            reconnect one and hand the customer its QR code — its tags are kept.
          </p>
        </div>
        <div className="desk__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={panel === 'add'}
            aria-controls="desk-panel"
            ref={addRef}
            data-testid="desk-add"
            onClick={() => toggle('add')}
          >
            + Add connection
          </button>
          <span className="desk__action">
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={importOpen}
              aria-controls="desk-panel"
              disabled={scopeOff}
              title={scopeOff ? 'This key cannot list connections' : undefined}
              ref={importRef}
              data-testid="desk-import-open"
              onClick={() => toggle('import')}
            >
              Import from Nango
            </button>
          </span>
        </div>
      </header>

      <RefreshBar
        profileId={profile.id}
        rows={rows}
        now={now}
        offline={offline}
        scopeOff={scopeOff}
      />
      <OfflineBanner />
      {scopeReason !== null ? <ScopeOffPanel reason={scopeReason} /> : null}

      <div id="desk-panel" className="desk__panel">
        {panel === 'add' ? (
          <AddPanel
            profileId={profile.id}
            onClose={() => close('add')}
            announce={announce}
            onReloadIntegrations={() => void loadIntegrations(profile.id)}
          />
        ) : null}
        {importOpen ? (
          <ImportPanel
            profileId={profile.id}
            saved={saved}
            integrations={integrations}
            onClose={() => close('import')}
            announce={announce}
          />
        ) : null}
      </div>

      {rows.length === 0 ? (
        <div className="empty desk__empty" data-testid="desk-empty">
          <div className="empty__art empty__art--desk" aria-hidden="true" />
          <h2 className="empty__title">No saved connections yet</h2>
          <p className="muted">
            {scopeOff
              ? 'Add a customer’s connection by hand — its connection id and integration, as shown in Nango — and reconnect it from here whenever it breaks.'
              : 'Import your customers’ connections from Nango, or add one by hand. Then refresh statuses: broken ones rise to the top, ready to reconnect with their tags kept.'}
          </p>
          <div className="row">
            {scopeOff ? null : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setPanel('import')}
              >
                Import from Nango
              </button>
            )}
            <button
              type="button"
              className={`button ${scopeOff ? 'button--primary' : 'button--secondary'}`}
              onClick={() => setPanel('add')}
            >
              Add by hand
            </button>
          </div>
        </div>
      ) : (
        <section className="worklist" aria-labelledby="worklist-title">
          <h2 id="worklist-title" className="visually-hidden">
            Saved connections
          </h2>
          <DeskToolbar query={query} onChange={setQuery} counts={counts} total={rows.length} />
          <div className="worklist__meta">
            <p className="worklist__count" aria-live="polite" data-testid="desk-count">
              {shown.length === rows.length
                ? `${rows.length} connection${rows.length === 1 ? '' : 's'}`
                : `Showing ${shown.length} of ${rows.length}`}
              {counts.broken > 0 ? (
                <span className="worklist__broken"> · {counts.broken} broken</span>
              ) : null}
            </p>
            <p className="worklist__announce" aria-live="polite" data-testid="desk-announcement">
              {announced}
            </p>
          </div>
          {shown.length === 0 ? (
            <div className="empty" data-testid="desk-no-match">
              <p className="empty__title">No saved connection matches</p>
              <p className="muted">Try another search or status.</p>
              {!isDefaultQuery(query) ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setQuery({ ...DEFAULT_DESK_QUERY, sort: query.sort })}
                >
                  Clear filters
                </button>
              ) : null}
            </div>
          ) : (
            <ul className="worklist__rows">
              {shown.map((row) => (
                <DeskRow
                  key={row.id}
                  row={row}
                  now={now}
                  session={sessionForRow(row, sessions, reconnectSessions[row.id])}
                  integrationName={names.get(row.integrationId)}
                  announce={announce}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}

interface AddPanelProps {
  profileId: string;
  onClose: () => void;
  announce: Announce;
  onReloadIntegrations: () => void;
}

function AddPanel({ profileId, onClose, announce, onReloadIntegrations }: AddPanelProps) {
  const save = useConnectionsStore((s) => s.save);
  const integrations = useIntegrationsStore((s) => s.byProfile[profileId]);
  const form = useConnectionForm({
    initial: { connectionId: '', integrationId: '', label: '', notes: '' },
    initialTags: {},
    editIds: true,
    onSubmit: (payload) => save({ profileId, ...payload }),
    onDone: () => {
      announce(`Saved ${form.fields.label.trim() || form.fields.connectionId.trim()} on the desk.`);
      onClose();
    },
  });
  return (
    <ConnectionFormView
      form={form}
      mode="add"
      className="panel"
      title="Add a connection by hand"
      intro="For a connection you know from Nango’s dashboard. Enter its tags as Nango has them: a reconnect resends them."
      integrations={integrations}
      onReloadIntegrations={onReloadIntegrations}
      submitLabel="Save connection"
      onCancel={onClose}
      testIdPrefix="desk-add"
    />
  );
}
