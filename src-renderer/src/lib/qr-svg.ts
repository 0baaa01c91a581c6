/**
 * Draws a QR code as an SVG `data:` URL (allowed by the CSP's `img-src data:`), dark on light,
 * with a 4-module quiet zone and error correction M, so a phone scans it at arm's length.
 */
import { create } from 'qrcode';

/** Modules of light border around the code, as the QR spec asks. */
export const QR_QUIET_ZONE = 4;

/** The SVG markup for `text`, one path for all dark modules (crisp at any size). */
export function qrSvg(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const full = size + QR_QUIET_ZONE * 2;
  let path = '';
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
      path += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${path}"/></svg>`
  );
}

/** The QR code for `text` as a `data:image/svg+xml` URL for an `<img src>`. */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`;
}
