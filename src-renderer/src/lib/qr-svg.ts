/**
 * A QR code as SVG geometry, dark on light, with a 4-module quiet zone and error correction
 * M, so a phone scans it at arm's length. The geometry is drawn as an inline `<svg>`
 * (ui/qr-code.tsx): no `data:` image to load and decode (an `<img>` of an SVG builds a whole
 * SVG document for it, ~2–3 ms before the code can be painted), and nothing for the CSP to
 * allow beyond the app's own markup.
 */
import { create } from 'qrcode';
import { QR_QUIET_ZONE } from './qr-geometry';

/** A code's drawing: a square of `size` modules (quiet zone included) and its dark path. */
export interface QrDrawing {
  size: number;
  /** SVG path data: one rectangle per horizontal run of dark modules. */
  path: string;
}

/** The drawing for `text` (one path for all dark modules: crisp at any size). */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      // Merge horizontal runs of dark modules into one rectangle.
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      const run = col - start;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { size: size + QR_QUIET_ZONE * 2, path: parts.join('') };
}
