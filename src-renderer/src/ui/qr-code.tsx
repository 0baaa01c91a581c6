/**
 * A QR code drawn inline as SVG, dark modules on a white plate (quiet zone included), in
 * whatever box CSS gives it. Inline rather than an `<img>` of a `data:` URL: the code is
 * painted in the same frame as the card that holds it, with no image to decode first.
 */
import { useMemo, type MouseEventHandler } from 'react';
import { qrDrawing } from '../lib/qr-svg';

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

/** The code for `text`, as one image to assistive technology. */
export function QrCode({ text, label, className, testId, size, onDoubleClick }: QrCodeProps) {
  const drawing = useMemo(() => qrDrawing(text), [text]);
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
