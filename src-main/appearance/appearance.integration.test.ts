import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppearanceState } from '../../src-shared/models/appearance';
import { startTestApp, type TestApp } from '../app/app-test-kit';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const lastAnnounced = () =>
  t.events.filter((e) => e.event === 'appearance:changed').at(-1)?.payload;

describe('appearance', () => {
  it('follows the OS by default: System is applied at start and tracks the OS switch', async () => {
    expect(t.desktop.themeSources).toEqual(['system']);
    expect(await t.ok<AppearanceState>('appearance:get', {})).toEqual({
      source: 'system',
      dark: false,
    });
    t.desktop.setOsDark(true);
    expect(lastAnnounced()).toEqual({ source: 'system', dark: true });
    expect(await t.ok<AppearanceState>('appearance:get', {})).toEqual({
      source: 'system',
      dark: true,
    });
  });

  it('applies Light or Dark whatever the OS, and is remembered across a restart', async () => {
    t.desktop.setOsDark(true);
    expect(await t.ok<AppearanceState>('appearance:set', { source: 'light' })).toEqual({
      source: 'light',
      dark: false,
    });
    expect(t.desktop.themeSources.at(-1)).toBe('light');
    expect(lastAnnounced()).toEqual({ source: 'light', dark: false });
    await t.ok('appearance:set', { source: 'dark' });
    expect(t.desktop.usesDarkColors()).toBe(true);

    t = await t.restart();
    // The new main side applies the saved choice before the window asks.
    expect(t.desktop.themeSources).toEqual(['dark']);
    expect(await t.ok<AppearanceState>('appearance:get', {})).toEqual({
      source: 'dark',
      dark: true,
    });
  });

  it('announces only real changes', async () => {
    const before = t.events.filter((e) => e.event === 'appearance:changed').length;
    await t.ok('appearance:set', { source: 'system' });
    t.desktop.setOsDark(false);
    expect(t.events.filter((e) => e.event === 'appearance:changed')).toHaveLength(before);
  });

  it('refuses anything but System, Light or Dark, and keeps the choice', async () => {
    for (const bad of [{}, { source: 'auto' }, { source: 'DARK' }, { source: 'dark', x: 1 }]) {
      expect(await t.call('appearance:set', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
    expect(t.desktop.themeSources).toEqual(['system']);
  });
});
