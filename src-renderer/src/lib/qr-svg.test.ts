import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrDataUrl, qrSvg } from './qr-svg';

const link = `https://connect.nango.dev/?session_token=nango_connect_session_${'ab'.repeat(32)}`;

describe('qrSvg', () => {
  it('adds a 4-module quiet zone around the code at error correction M', () => {
    const size = create(link, { errorCorrectionLevel: 'M' }).modules.size;
    const full = size + 2 * QR_QUIET_ZONE;
    const svg = qrSvg(link);
    expect(QR_QUIET_ZONE).toBe(4);
    expect(svg).toContain(`viewBox="0 0 ${full} ${full}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('fill="#000000"');
  });
  it('draws exactly the dark modules', () => {
    const { modules } = create(link, { errorCorrectionLevel: 'M' });
    let dark = 0;
    for (let i = 0; i < modules.data.length; i += 1) dark += modules.data[i] ? 1 : 0;
    const runs = [...qrSvg(link).matchAll(/h(\d+)v1/g)].map((m) => Number(m[1]));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(dark);
    const first = /M(\d+) (\d+)h/.exec(qrSvg(link));
    expect(Number(first?.[1])).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
    expect(Number(first?.[2])).toBe(QR_QUIET_ZONE);
  });
});

describe('qrDataUrl', () => {
  it('is an SVG data URL (allowed by img-src data:)', () => {
    const url = qrDataUrl(link);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1]!)).toBe(qrSvg(link));
  });
});
