/**
 * A QR code drawn inline as SVG, dark modules on a white plate (quiet zone included), in
 * whatever box CSS gives it. Inline rather than an `<img>` of a `data:` URL: the code is
 * painted in the same frame as the card that holds it, with no image to decode first.
 */
import { useEffect, useMemo, useSyncExternalStore, type MouseEventHandler } from 'react';
import { currentQrEncoder, loadQrEncoder, onQrEncoderLoaded } from '../lib/qr-encoder';
import { QR_QUIET_ZONE } from '../lib/qr-geometry';

/** Props for {@link QrCode}. */
export interface QrCodeProps {
  /** What the code encodes (a connect link). */
  text: string;
  /** Its accessible name, as an image's alt text would be. */
  label: string;
  className: string;
  testId: string;
  /** The intrinsic size in CSS pixels, before CSS sizes it (as an `<img>`'s width/height). */
  size?: number;
  onDoubleClick?: MouseEventHandler<SVGSVGElement>;
}

/** Any square works for the blank plate: it is scaled to the box like the code will be. */
const PLATE = 21 + QR_QUIET_ZONE * 2;

/** The code for `text`, as one image to assistive technology. */
export function QrCode({ text, label, className, testId, size, onDoubleClick }: QrCodeProps) {
  const draw = useSyncExternalStore(onQrEncoderLoaded, currentQrEncoder, currentQrEncoder);
  useEffect(() => {
    if (draw === null) void loadQrEncoder().catch(() => undefined);
  }, [draw]);
  const drawing = useMemo(() => draw?.(text) ?? null, [draw, text]);
  if (drawing === null) {
    // Its blank plate, the size the code will have, so nothing moves when it is drawn; no test
    // id and no name until it is a code (a test or a reader waits for the real one).
    return (
      <svg
        className={className}
        aria-hidden="true"
        viewBox={`0 0 ${PLATE} ${PLATE}`}
        width={size}
        height={size}
        data-testid="qr-pending"
      >
        <rect width={PLATE} height={PLATE} fill="#ffffff" />
      </svg>
    );
  }
  const full = drawing.size;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${full} ${full}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-testid={testId}
      onDoubleClick={onDoubleClick}
    >
      <rect width={full} height={full} fill="#ffffff" />
      <path fill="#000000" d={drawing.path} />
    </svg>
  );
}
