/**
 * The renderer's theme is design tokens, not per-component colours: component styles use only
 * tokens, the dark theme redefines every colour token the light one has (but the QR code's,
 * which stay dark on light), and the window's background matches `--bg` in both themes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND } from '../../src-shared/models/appearance';

const STYLES = join(__dirname, '../../src-renderer/src/styles');
const read = (name: string) => readFileSync(join(STYLES, name), 'utf8');
const COLOUR = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i;
/** Tokens that are not colours, or are the same in every theme on purpose. */
const THEME_FREE = new Set(['--font', '--mono', '--radius-sm', '--radius', '--radius-lg']);
const SAME_IN_BOTH = new Set(['--qr-plate', '--qr-ink', '--qr-size']);

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text tokens and the backgrounds the styles put them on; 4.5:1 in both themes. */
const TEXT_PAIRS: [string, string[]][] = [
  ['--text', ['--bg', '--surface', '--surface-muted', '--accent-soft', '--ok-soft']],
  ['--text-muted', ['--bg', '--surface', '--surface-muted', '--info-soft', '--warn-soft']],
  ['--text-faint', ['--bg', '--surface', '--surface-muted', '--accent-soft']],
  ['--accent', ['--bg', '--surface', '--surface-muted', '--accent-soft']],
  ['--accent-hover', ['--surface', '--accent-soft']],
  ['--ok', ['--surface', '--surface-muted', '--ok-soft']],
  ['--warn', ['--surface', '--warn-soft']],
  ['--warn-text', ['--warn-soft']],
  ['--danger', ['--surface', '--surface-muted', '--danger-soft']],
  ['--danger-text', ['--danger-soft']],
  ['--info-text', ['--info-soft']],
  ['--violet', ['--surface', '--violet-soft']],
  ['--on-accent', ['--accent', '--accent-hover', '--danger', '--danger-hover']],
  ['--presenter-text', ['--presenter-bg', '--presenter-ok-bg', '--presenter-dead-bg']],
  ['--presenter-muted', ['--presenter-bg']],
  ['--presenter-warn', ['--presenter-bg']],
  ['--presenter-danger', ['--presenter-bg']],
  ['--presenter-ok-text', ['--presenter-ok-bg']],
  ['--presenter-on-ok', ['--presenter-ok']],
];
/** Focus rings against what they are drawn on: 3:1 (non-text contrast). */
const RING_PAIRS: [string, string[]][] = [
  ['--focus', ['--bg', '--surface', '--surface-muted', '--accent-soft']],
  ['--presenter-focus', ['--presenter-bg']],
];

function tokens(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of css.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)) out.set(match[1]!, match[2]!);
  return out;
}

describe('theme tokens', () => {
  const light = tokens(read('tokens.css'));
  const dark = tokens(read('tokens-dark.css'));

  it('the dark theme redefines every colour token, and no other', () => {
    const expected = [...light.keys()].filter((k) => !THEME_FREE.has(k) && !SAME_IN_BOTH.has(k));
    expect([...dark.keys()].sort()).toEqual(expected.sort());
    expect(read('tokens-dark.css')).toContain('@media (prefers-color-scheme: dark)');
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', new Map([...light, ...dark])],
  ] as const) {
    it(`keeps text at 4.5:1 and focus rings at 3:1 in the ${name} theme`, () => {
      const faint: string[] = [];
      const check = (pairs: [string, string[]][], min: number) => {
        for (const [fg, backgrounds] of pairs) {
          for (const bg of backgrounds) {
            const ratio = contrast(theme.get(fg)!, theme.get(bg)!);
            if (ratio < min) faint.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
          }
        }
      };
      check(TEXT_PAIRS, 4.5);
      check(RING_PAIRS, 3);
      expect(faint).toEqual([]);
    });
  }

  it('keeps the QR code dark modules on a light plate in every theme', () => {
    expect(light.get('--qr-plate')).toBe('#ffffff');
    expect(light.get('--qr-ink')).toBe('#000000');
  });

  it('component styles use tokens only (the logo keeps its brand gradient)', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(STYLES).filter((f) => f.endsWith('.css'))) {
      if (file.startsWith('tokens')) continue;
      read(file)
        .split('\n')
        .forEach((line, i) => {
          if (COLOUR.test(line) && !/header__logo|135deg/.test(line)) {
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });

  it('paints the window with the page background of each theme', () => {
    expect(light.get('--bg')).toBe(WINDOW_BACKGROUND.light);
    expect(dark.get('--bg')).toBe(WINDOW_BACKGROUND.dark);
  });

  it('declares both colour schemes to the browser', () => {
    expect(read('tokens.css')).toMatch(/color-scheme:\s*light dark;/);
    const html = readFileSync(join(__dirname, '../../src-renderer/index.html'), 'utf8');
    expect(html).toContain('<meta name="color-scheme" content="light dark" />');
  });
});
