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
}

/** The QR code, or the "Expired" / "Revoked" / "Connected" placeholder. */
export function SessionQr({ link, status, label }: SessionQrProps) {
  const live = status === 'active';
  const src = useMemo(() => (live ? qrDataUrl(link) : null), [live, link]);
  return (
    <div className={`qr qr--${status}`}>
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
          <span className="qr__dead-label">{STATUS_LABEL[status]}</span>
          <span className="qr__dead-hint">
            {status === 'completed'
              ? 'The customer finished connecting.'
              : 'This link no longer works. Create a new one.'}
          </span>
        </div>
      )}
    </div>
  );
}
