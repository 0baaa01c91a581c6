/**
 * The card's hero: the connect link as a big, crisp QR code. Only one live card on screen
 * draws its code (the spotlight); the others show a small placeholder that holds no code at
 * all, so a phone can never pick the wrong one. A dead link's code is not drawn either.
 */
import type { SessionStatus } from '../../../../src-shared/models/session';
import { STATUS_LABEL } from '../../lib/session-status';
import { QrCode } from '../../ui/qr-code';

export interface SessionQrProps {
  link: string;
  status: SessionStatus;
  label: string;
  /** False: another card's code is on show; draw the placeholder with "Show QR". */
  inSpotlight: boolean;
  onShow: () => void;
  /** Double-click on the code: presenter view. */
  onPresent: () => void;
  /** A revoke is queued: no code is drawn, whatever the status. */
  pending?: boolean;
}

/** The QR code, the "Show QR" placeholder, or the "Expired" / "Revoked" / "Connected" state. */
export function SessionQr({
  link,
  status,
  label,
  inSpotlight,
  onShow,
  onPresent,
  pending = false,
}: SessionQrProps) {
  const live = status === 'active' && !pending;
  if (live && inSpotlight) {
    return (
      <div className={`qr qr--${status}`}>
        <QrCode
          text={link}
          label={`QR code of the connect link for ${label}. Double-click to present it full-window.`}
          className="qr__image"
          testId="session-qr"
          size={296}
          onDoubleClick={onPresent}
        />
      </div>
    );
  }
  if (live) {
    return (
      <div className="qr qr--hidden">
        <div className="qr__hidden" data-testid="session-qr-hidden">
          <span className="qr__hidden-label">QR hidden</span>
          <span className="qr__hidden-hint">
            One code at a time, so the phone reads the right one.
          </span>
          <button
            type="button"
            className="button button--secondary"
            data-testid="show-qr"
            aria-label={`Show the QR code for ${label}`}
            onClick={onShow}
          >
            Show QR
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={`qr qr--${pending ? 'pending' : status}`}>
      <div className="qr__dead" data-testid="session-qr-dead">
        <span className="qr__dead-label">{pending ? 'Revoking…' : STATUS_LABEL[status]}</span>
        <span className="qr__dead-hint">{deadHint(status, pending)}</span>
      </div>
    </div>
  );
}

function deadHint(status: SessionStatus, pending: boolean): string {
  if (status === 'completed') {
    return pending
      ? 'The customer finished connecting. Handoff is revoking the link.'
      : 'The customer finished connecting. The link was revoked.';
  }
  if (pending) return 'Hidden while Handoff revokes this link.';
  return 'This link no longer works. Create a new one.';
}
