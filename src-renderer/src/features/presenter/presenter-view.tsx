/**
 * Presenter view: one session's QR code full-window, as large as the window allows, always
 * dark on light, with who it is for, what it connects, a countdown readable across a desk and
 * the live status. When the customer finishes, the whole window turns into a success screen.
 * Escape (or Close) returns to the card.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { cardIdOf, cardsOf } from '../../../../src-shared/models/card-lineage';
import type { AppError } from '../../../../src-shared/contract/result';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { ErrorAlert } from '../../ui/error-alert';
import { QrCode } from '../../ui/qr-code';
import { RefreshControl } from '../sessions/refresh-control';
import { effectiveStatus } from '../../lib/session-status';
import { useClockStore } from '../../stores/use-clock-store';
import { useIntegrationsStore } from '../../stores/use-integrations-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';
import { PresenterCountdown } from './presenter-countdown';
import { PresenterOutcome } from './presenter-outcome';
import { returnFocusToCard } from './return-focus';

/** The overlay, when a session is being presented. */
export function PresenterView() {
  const presenterId = useSpotlightStore((s) => s.presenterId);
  const session = useSessionsStore((s) => shownOfCard(s.sessions, presenterId));
  const close = useSpotlightStore((s) => s.closePresenter);
  // Focus returns to the card, which may show another of its sessions by then (a refresh).
  const cardId = session ? cardIdOf(session) : null;
  const cardRef = useRef(cardId);
  useEffect(() => {
    if (cardId !== null) cardRef.current = cardId;
  }, [cardId]);

  useEffect(() => {
    if (presenterId !== null && session === undefined) close();
  }, [presenterId, session, close]);

  // Keyed on being open, not on the id: a refresh moves presenter view to the card's next
  // session, and focus must stay in the overlay meanwhile.
  const open = presenterId !== null;
  const idRef = useRef(presenterId);
  useEffect(() => {
    if (presenterId !== null) idRef.current = presenterId;
  }, [presenterId]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      const target = cardRef.current ?? idRef.current;
      if (target !== null) returnFocusToCard(target);
    };
  }, [open, close]);

  return session ? <Presenter session={session} onClose={close} /> : null;
}

/**
 * What presenter view shows for the presented session: its card's shown session (a refreshed
 * card's newest link, or the one the customer completed on).
 */
function shownOfCard(
  sessions: readonly HandoffSession[],
  id: string | null,
): HandoffSession | undefined {
  const presented = id === null ? undefined : sessions.find((x) => x.id === id);
  if (!presented?.cardId) return presented;
  const cardId = cardIdOf(presented);
  return cardsOf(sessions.filter((s) => cardIdOf(s) === cardId))[0]?.shown;
}

function Presenter({ session, onClose }: { session: HandoffSession; onClose: () => void }) {
  const status = useClockStore((c) => effectiveStatus(session, c.now));
  const [error, setError] = useState<AppError | null>(null);
  const names = useIntegrationNames(session);
  const closeRef = useRef<HTMLButtonElement>(null);
  const live = status === 'active';

  useEffect(() => closeRef.current?.focus(), []);

  return (
    <div
      className={`presenter presenter--${status}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-name"
      aria-describedby="presenter-status"
      data-testid="presenter"
      data-status={status}
    >
      {live ? (
        <div className="presenter__code">
          <QrCode
            text={session.connectLink}
            label={`QR code of the connect link for ${session.label}`}
            className="presenter__qr"
            testId="presenter-qr"
            onDoubleClick={onClose}
          />
        </div>
      ) : (
        <PresenterOutcome session={session} status={status} integrations={names} />
      )}
      <div className="presenter__info">
        {live ? <p className="presenter__eyebrow">Scan with your phone’s camera</p> : null}
        <h2 id="presenter-name" className="presenter__name" data-testid="presenter-name">
          <BreakAtAt text={session.label} />
        </h2>
        <p className="presenter__integrations" data-testid="presenter-integrations">
          {integrationsLine(names, live)}
        </p>
        {live ? (
          <PresenterCountdown expiresAt={session.expiresAt} createdAt={session.createdAt} />
        ) : null}
        <p
          id="presenter-status"
          className={`presenter__status presenter__status--${status}`}
          aria-live="polite"
          data-testid="presenter-status"
        >
          {STATUS_LINE[status]}
        </p>
        <RefreshControl session={session} status={status} onError={setError} variant="presenter" />
        <ErrorAlert error={error} compact />
        <button
          ref={closeRef}
          type="button"
          className="button button--secondary presenter__close"
          data-testid="presenter-close"
          aria-keyshortcuts="Escape"
          onClick={onClose}
        >
          Close <kbd className="presenter__kbd">Esc</kbd>
        </button>
      </div>
    </div>
  );
}

/** What the link connects: an invitation while it is live, a plain list once it is done. */
function integrationsLine(names: string[], live: boolean): string {
  if (names.length === 0) return live ? 'Connect an integration' : 'Any integration';
  return live ? `Connect ${names.join(', ')}` : names.join(', ');
}

const STATUS_LINE: Record<HandoffSession['status'], string> = {
  active: 'Waiting for the phone…',
  completed: 'Connected. Thank you!',
  expired: 'This code has expired.',
  revoked: 'This code was revoked.',
};

/** Display names of the session's integrations, from the picker's list when known. */
function useIntegrationNames(session: HandoffSession): string[] {
  const entry = useIntegrationsStore((s) => s.byProfile[session.profileId]);
  const completed = session.completion?.integrationId;
  return useMemo(() => {
    const ids = completed ? [completed] : session.allowedIntegrations;
    const known = entry?.result?.available ? entry.result.integrations : [];
    return ids.map((id) => known.find((i) => i.id === id)?.displayName ?? id);
  }, [entry, completed, session.allowedIntegrations]);
}

/**
 * A customer label that is an e-mail address wraps before its "@" (`ada.lovelace` /
 * `@example.com`) instead of mid-word, which is how the customer reads it from across the desk.
 */
function BreakAtAt({ text }: { text: string }) {
  const at = text.indexOf('@');
  if (at <= 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <wbr />
      {text.slice(at)}
    </>
  );
}
