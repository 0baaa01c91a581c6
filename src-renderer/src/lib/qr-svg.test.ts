import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE } from './qr-geometry';
import { qrDrawing } from './qr-svg';

const link = `https://connect.nango.dev/?session_token=nango_connect_session_${'ab'.repeat(32)}`;

describe('qrDrawing', () => {
  it('adds a 4-module quiet zone around the code at error correction M', () => {
    const size = create(link, { errorCorrectionLevel: 'M' }).modules.size;
    expect(QR_QUIET_ZONE).toBe(4);
    expect(qrDrawing(link).size).toBe(size + 2 * QR_QUIET_ZONE);
  });

  it('draws exactly the dark modules, each once, inside the quiet zone', () => {
    const { modules } = create(link, { errorCorrectionLevel: 'M' });
    const drawn = new Set<string>();
    for (const m of qrDrawing(link).path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [x, y, run, back] = [m[1], m[2], m[3], m[4]].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(back).toBe(run);
      for (let col = x; col < x + run; col += 1) {
        const key = `${y - QR_QUIET_ZONE},${col - QR_QUIET_ZONE}`;
        expect(drawn.has(key)).toBe(false);
        drawn.add(key);
      }
    }
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        expect(drawn.has(`${row},${col}`)).toBe(Boolean(modules.get(row, col)));
      }
    }
  });
});
