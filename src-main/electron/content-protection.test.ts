import { describe, expect, it, vi } from 'vitest';
import { createContentProtection, type ProtectableWindow } from './content-protection';

function fakeWindow(destroyed = false) {
  return {
    setContentProtection: vi.fn<(enabled: boolean) => void>(),
    isDestroyed: () => destroyed,
  } satisfies ProtectableWindow;
}

describe('content protection', () => {
  it('protects every open window, and lifts it again', () => {
    const windows = [fakeWindow(), fakeWindow()];
    const protection = createContentProtection(() => windows, 'darwin');
    protection.set(true);
    protection.set(false);
    for (const window of windows) {
      expect(window.setContentProtection.mock.calls).toEqual([[true], [false]]);
    }
  });

  it('gives a window opened later the current setting', () => {
    const protection = createContentProtection(() => [], 'win32');
    protection.set(true);
    const late = fakeWindow();
    protection.applyTo(late);
    expect(late.setContentProtection).toHaveBeenCalledWith(true);
  });

  it('skips destroyed windows', () => {
    const gone = fakeWindow(true);
    createContentProtection(() => [gone], 'darwin').set(true);
    expect(gone.setContentProtection).not.toHaveBeenCalled();
  });

  it('says where the OS cannot hide a window from capture', () => {
    expect(createContentProtection(() => [], 'darwin').supported).toBe(true);
    expect(createContentProtection(() => [], 'win32').supported).toBe(true);
    expect(createContentProtection(() => [], 'linux').supported).toBe(false);
  });
});
