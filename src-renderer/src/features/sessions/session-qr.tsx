/**
 * The card's hero: the connect link as a big, crisp QR code. A dead link's code is not drawn at
 * all, so nobody can scan it; a labelled placeholder takes its place.
 */
import { useMemo } from 'react';
import type { SessionStatus } from '../../../../src-shared/models/session';
import { qrDataUrl } from '../../lib/qr-svg';
import { STATUS_LABEL } from '../../lib/session-status';

/** Props for {@link SessionQr}. */
export interface SessionQrProps {
  link: string;
  status: SessionStatus;
  label: string;
  /** A revoke is queued: no code is drawn, whatever the status. */
  pending?: boolean;
}

/** The QR code, or the "Expired" / "Revoked" / "Connected" placeholder. */
export function SessionQr({ link, status, label, pending = false }: SessionQrProps) {
  const live = status === 'active' && !pending;
  const src = useMemo(() => (live ? qrDataUrl(link) : null), [live, link]);
  return (
    <div className={`qr qr--${pending ? 'pending' : status}`}>
      {src ? (
        <img
          className="qr__image"
          src={src}
          alt={`QR code of the connect link for ${label}`}
          width={296}
          height={296}
          draggable={false}
          data-testid="session-qr"
        />
      ) : (
        <div className="qr__dead" data-testid="session-qr-dead">
          <span className="qr__dead-label">{pending ? 'Revoking…' : STATUS_LABEL[status]}</span>
          <span className="qr__dead-hint">{deadHint(status, pending)}</span>
        </div>
      )}
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
