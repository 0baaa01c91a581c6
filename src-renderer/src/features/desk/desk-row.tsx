/**
 * One saved connection on the desk: who, which connection, health, tags and notes, and what
 * can be done: Reconnect (its session card then shows right under the row), Edit, Remove.
 */
import { useEffect, useRef, useState } from 'react';
import type { SavedConnection } from '../../../../src-shared/models/connection';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { formatAbsolute, formatRelative } from '../../lib/connection-desk';
import { useClockStore } from '../../stores/use-clock-store';
import { useConnectionsStore } from '../../stores/use-connections-store';
import { ErrorAlert } from '../../ui/error-alert';
import { InlineConfirm } from '../../ui/inline-confirm';
import { SessionCard } from '../sessions/session-card';
import { ConnectionFormView } from './connection-form';
import type { Announce } from './desk-announcement';
import { DeskSessionIntro } from './desk-session-intro';
import { HealthBadge } from './health-badge';
import { TagChips } from './tag-chips';
import { useActionError } from './use-action-error';
import { useConnectionForm } from './use-connection-form';

export interface DeskRowProps {
  row: SavedConnection;
  /** Epoch ms at minute resolution. */
  now: number;
  /** The reconnect session to show under the row, if any. */
  session: HandoffSession | undefined;
  /** The integration's display name, when known. */
  integrationName?: string;
  /** Says something in the desk's live region. */
  announce: Announce;
}

/** A worklist row. */
export function DeskRow({ row, now, session, integrationName, announce }: DeskRowProps) {
  const reconnect = useConnectionsStore((s) => s.reconnect);
  const remove = useConnectionsStore((s) => s.remove);
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<'reconnect' | 'remove' | null>(null);
  const [error, setError] = useActionError();
  const [focusSession, setFocusSession] = useState(0);
  const sessionRef = useRef<HTMLDivElement>(null);
  const rowRef = useRef<HTMLLIElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const name = row.label || row.connectionId;
  const titleId = `desk-row-${row.id}`;
  const broken = row.health === 'broken';
  // Exact to the second (the shared clock), so "replace" is never asked about a dead link.
  const timedOut = useClockStore((s) => !!session && s.now >= Date.parse(session.expiresAt));
  const liveSession = session?.status === 'active' && !timedOut;

  useEffect(() => {
    if (focusSession === 0) return;
    sessionRef.current?.focus({ preventScroll: true });
    // The row and its card together, so it is clear which connection the QR code repairs.
    rowRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [focusSession]);

  const onReconnect = async () => {
    const replacing = liveSession;
    setPending('reconnect');
    setError(null);
    const result = await reconnect(row.id);
    setPending(null);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    announce(
      replacing
        ? `New reconnect link for ${name}; the previous link was revoked. Show the new QR code to the customer.`
        : `Reconnect link ready for ${name}. Show its QR code to the customer.`,
      result.data.id,
    );
    setFocusSession((n) => n + 1);
    return true;
  };

  const onRemove = async () => {
    setPending('remove');
    setError(null);
    const result = await remove(row.id);
    setPending(null);
    if (!result.ok) setError(result.error);
    else announce(`Removed ${name} from the desk.`);
  };

  const closeEdit = () => {
    setEditing(false);
    // The form held focus; give it back to the button that opened it.
    setTimeout(() => editRef.current?.focus());
  };

  return (
    <li
      ref={rowRef}
      className={`desk-row desk-row--${row.health}${session ? ' desk-row--with-session' : ''}`}
      aria-labelledby={titleId}
      data-testid="desk-row"
      data-connection-id={row.connectionId}
      data-integration-id={row.integrationId}
      data-health={row.health}
    >
      <div className="desk-row__main">
        <HealthBadge row={row} now={now} />
        <div className="desk-row__body">
          <h3 id={titleId} className="desk-row__label" title={name}>
            {name}
          </h3>
          <p className="desk-row__ids">
            <code className="desk-row__connection-id" title="Connection ID">
              {row.connectionId}
            </code>
            <span className="desk-row__integration" title={`Integration ${row.integrationId}`}>
              {integrationName && integrationName !== row.integrationId
                ? `${integrationName} · ${row.integrationId}`
                : row.integrationId}
            </span>
          </p>
          <TagChips tags={row.tags} />
          {row.notes ? (
            <p className="desk-row__notes" title={row.notes}>
              {row.notes}
            </p>
          ) : null}
        </div>
        <p className="desk-row__checked">
          <span className="desk-row__checked-label">Last checked</span>
          {row.checkedAt ? (
            <time dateTime={row.checkedAt} title={formatAbsolute(row.checkedAt)}>
              {formatRelative(row.checkedAt, now)}
            </time>
          ) : (
            <span className="muted">never</span>
          )}
        </p>
        <div className="desk-row__actions">
          {liveSession ? (
            // A second press would swap the QR the customer may be scanning: ask first.
            <InlineConfirm
              label="New link"
              question={
                <>
                  Replace the live link below? Its QR code stops working at once, even if the
                  customer has it open, and a new one takes its place.
                </>
              }
              confirmLabel="Replace link"
              pending={pending === 'reconnect'}
              disabled={pending !== null}
              variant="ghost"
              refocusAfterConfirm={false}
              testId="desk-reconnect"
              confirmTestId="desk-reconnect-confirm"
              onConfirm={onReconnect}
            />
          ) : (
            <button
              type="button"
              className={`button ${broken ? 'button--primary' : 'button--secondary'}`}
              disabled={pending !== null}
              aria-busy={pending === 'reconnect'}
              aria-describedby={titleId}
              data-testid="desk-reconnect"
              onClick={() => void onReconnect()}
            >
              {pending === 'reconnect' ? 'Creating link…' : 'Reconnect'}
            </button>
          )}
          <button
            ref={editRef}
            type="button"
            className="button button--ghost"
            aria-expanded={editing}
            aria-describedby={titleId}
            data-testid="desk-edit"
            onClick={() => setEditing(!editing)}
          >
            Edit
          </button>
          <InlineConfirm
            label="Remove"
            question={
              <>
                Remove <strong>{name}</strong> from the desk? Nango keeps the connection.
              </>
            }
            confirmLabel="Remove"
            pending={pending === 'remove'}
            disabled={pending !== null}
            testId="desk-remove"
            confirmTestId="desk-remove-confirm"
            onConfirm={onRemove}
          />
        </div>
      </div>
      <ErrorAlert error={error} compact />
      {editing ? (
        <EditForm
          row={row}
          onClose={closeEdit}
          onSaved={() => announce(`Saved changes to ${name}.`)}
        />
      ) : null}
      {session ? (
        <div
          ref={sessionRef}
          className="desk-session"
          tabIndex={-1}
          role="region"
          aria-label={`Reconnect link for ${name}`}
          data-testid="desk-session"
          data-session-id={session.id}
        >
          <DeskSessionIntro
            name={name}
            // Only a live link runs out: a finished or revoked one keeps saying what happened.
            status={session.status === 'active' && timedOut ? 'expired' : session.status}
            integration={integrationName ?? row.integrationId}
            connectionId={row.connectionId}
          />
          <div className="desk-session__card">
            <SessionCard
              session={session}
              onDismissed={() =>
                requestAnimationFrame(() =>
                  rowRef.current
                    ?.querySelector<HTMLElement>('[data-testid="desk-reconnect"]')
                    ?.focus(),
                )
              }
            />
          </div>
        </div>
      ) : null}
    </li>
  );
}

interface EditFormProps {
  row: SavedConnection;
  onClose: () => void;
  onSaved: () => void;
}

function EditForm({ row, onClose, onSaved }: EditFormProps) {
  const update = useConnectionsStore((s) => s.update);
  const form = useConnectionForm({
    initial: {
      connectionId: row.connectionId,
      integrationId: row.integrationId,
      label: row.label,
      notes: row.notes,
    },
    initialTags: row.tags,
    editIds: false,
    onSubmit: ({ label, notes, tags }) => update({ id: row.id, label, notes, tags }),
    onDone: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <ConnectionFormView
      form={form}
      mode="edit"
      className="desk-row__edit"
      title={<>Edit {row.label || row.connectionId}</>}
      intro={
        <>
          <code>{row.connectionId}</code> · {row.integrationId}
        </>
      }
      submitLabel="Save changes"
      onCancel={onClose}
      testIdPrefix="desk-edit"
    />
  );
}
