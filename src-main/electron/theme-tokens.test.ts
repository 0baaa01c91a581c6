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
