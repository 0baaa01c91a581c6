/**
 * One handoff: who it is for, the QR code to scan, time left, and what can be done with it.
 */
import { memo, useRef, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { cardCreatedAtOf, cardIdOf } from '../../../../src-shared/models/card-lineage';
import { clockTime } from '../../lib/clock-time';
import { phoneSummary } from '../../lib/phone-summary';
import { STATUS_LABEL } from '../../lib/session-status';
import { useClockStore } from '../../stores/use-clock-store';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { useInSpotlight, useSpotlightStore } from '../../stores/use-spotlight-store';
import { ErrorAlert } from '../../ui/error-alert';
import { RefreshControl } from './refresh-control';
import { LifecycleActions, LinkActions } from './session-actions';
import { SessionCountdown } from './session-countdown';
import { SessionQr } from './session-qr';
import { SessionStateNote } from './session-state-note';
import { SessionTags } from './session-tags';
import { SaveToDeskButton } from './save-to-desk-button';

/** Refreshing is on and has not stopped (capped, or expired while away). */
const refreshing = (session: HandoffSession) =>
  session.refresh?.on === true && !['capped', 'stopped'].includes(session.refresh.phase);

/** Props for {@link SessionCard}. */
export interface SessionCardProps {
  session: HandoffSession;
  /**
   * After "Dismiss" removed the card: where focus goes is the list's to decide. Given the
   * session's id so that the list can pass one stable callback to every (memoised) card.
   */
  onDismissed?: (id: string) => void;
}

/**
 * A session card. Memoised: the store keeps a session's object while its data is unchanged,
 * so a card re-renders only for its own session (or its own clock and spotlight answers).
 */
export const SessionCard = memo(function SessionCard({ session, onDismissed }: SessionCardProps) {
  const expiresMs = Date.parse(session.expiresAt);
  // A boolean selector: the card re-renders when the link runs out, not every second.
  const timedOut = useClockStore((s) => session.status === 'active' && s.now >= expiresMs);
  const profileName = useProfilesStore((s) =>
    s.profiles.length > 1 ? s.profiles.find((p) => p.id === session.profileId)?.name : undefined,
  );
  const inSpotlight = useInSpotlight(session.id);
  const phone = phoneSummary(session.phoneLang, session.phoneTheme);
  const show = useSpotlightStore((s) => s.show);
  const present = useSpotlightStore((s) => s.present);
  const presentRef = useRef<HTMLButtonElement>(null);
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const status = timedOut ? 'expired' : session.status;
  const pending = session.revokePending !== undefined && status !== 'expired';
  // A link being revoked is not shown: the rep asked for it to be dead.
  const live = status === 'active' && !pending;
  const titleId = `session-title-${session.id}`;

  return (
    <article
      className={`card session-card session-card--${status}`}
      aria-labelledby={titleId}
      // Focusable from script only: a new card, or the next one after a dismiss, takes focus.
      tabIndex={-1}
      data-testid="session-card"
      data-session-id={session.id}
      data-card-id={cardIdOf(session)}
      data-status={status}
      data-revoke-pending={pending ? 'true' : undefined}
      data-verification={session.verification}
    >
      <header className="session-card__header">
        <div className="session-card__heading">
          <h3 id={titleId} className="session-card__title" title={session.label}>
            {session.label}
          </h3>
          <p className="session-card__meta">
            Created {clockTime(cardCreatedAtOf(session))}
            {session.cardCreatedAt ? ` · new code ${clockTime(session.createdAt)}` : ''}
            {profileName ? ` · ${profileName}` : ''}
            {phone ? ` · ${phone}` : ''}
          </p>
        </div>
        <div className="badges">
          <span className={`badge badge--${session.kind}`} data-testid="session-kind">
            {session.kind === 'reconnect' ? 'Reconnect' : 'Connect'}
          </span>
          {pending ? (
            <span className="badge badge--pending" data-testid="session-status">
              Revoke pending
            </span>
          ) : null}
          {live && refreshing(session) ? (
            <span className="badge badge--refresh" data-testid="refresh-badge">
              <span aria-hidden="true">↻</span>
              Auto-refresh
            </span>
          ) : null}
          {live && session.verification === 'unverified' ? (
            <span className="badge badge--pending" data-testid="session-status">
              Unverified
            </span>
          ) : null}
          {status === 'active' ? null : (
            <span className={`badge badge--${status}`} data-testid="session-status">
              {STATUS_LABEL[status]}
            </span>
          )}
        </div>
      </header>
      <SessionQr
        link={session.connectLink}
        status={status}
        label={session.label}
        inSpotlight={inSpotlight}
        onShow={() => {
          show(session.id);
          // The "Show QR" button is replaced by the code: keep focus on the card's next action.
          requestAnimationFrame(() => presentRef.current?.focus());
        }}
        onPresent={() => present(session.id)}
        pending={pending}
      />
      <SessionStateNote session={session} />
      {live ? (
        <div className="session-card__present">
          <SessionCountdown expiresAt={session.expiresAt} createdAt={session.createdAt} />
          <button
            ref={presentRef}
            type="button"
            className="button button--primary"
            data-testid="present"
            aria-keyshortcuts="Control+Shift+P"
            title="Show this QR code full-window (Ctrl+Shift+P)"
            onClick={() => present(session.id)}
          >
            Present
          </button>
        </div>
      ) : (
        <p className="countdown countdown--over">
          <span className="countdown__label">
            {pending ? 'Revoke pending' : STATUS_LABEL[status]}
          </span>
          <span className="countdown__value countdown__value--dead">--:--</span>
        </p>
      )}
      <RefreshControl session={session} status={status} onError={setError} />
      <LinkActions session={session} live={live} onFeedback={setFeedback} onError={setError} />
      <p className="card-feedback" aria-live="polite" data-testid="copy-feedback">
        {feedback}
      </p>
      <ErrorAlert error={error} compact />
      {session.notes?.map((note) => (
        <p key={note} className="card-note" role="note" data-testid="session-note">
          {note}
        </p>
      ))}
      <SessionTags tags={session.tags} integrations={session.allowedIntegrations} />
      <footer className="session-card__footer">
        {status === 'completed' && !pending ? (
          <SaveToDeskButton session={session} onError={setError} />
        ) : null}
        <LifecycleActions
          session={session}
          status={status}
          pending={pending}
          onError={setError}
          onDismissed={onDismissed ? () => onDismissed(session.id) : undefined}
        />
      </footer>
    </article>
  );
});
