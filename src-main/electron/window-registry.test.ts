import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createWindowRegistry, type RegisteredWindow } from './window-registry';

function fakeWindow(webContentsId: number) {
  const listeners = new Map<string, () => void>();
  const window = {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    once: (event: string, listener: () => void) => listeners.set(event, listener),
    webContents: { id: webContentsId, isDestroyed: () => window.destroyed, send: vi.fn() },
    close() {
      window.destroyed = true;
      listeners.get('closed')?.();
    },
  };
  return window;
}

describe('createWindowRegistry', () => {
  it('knows the WebContents of the windows it was given, until they close', () => {
    const registry = createWindowRegistry();
    const a = fakeWindow(1);
    const b = fakeWindow(2);
    registry.add(a as unknown as RegisteredWindow);
    registry.add(b as unknown as RegisteredWindow);
    expect(registry.hasWebContents(1)).toBe(true);
    expect(registry.hasWebContents(3)).toBe(false);
    expect(registry.windows()).toEqual([a, b]);
    a.close();
    expect(registry.hasWebContents(1)).toBe(false);
    expect(registry.windows()).toEqual([b]);
  });

  it('never reports a destroyed window, even before its closed event', () => {
    const registry = createWindowRegistry();
    const a = fakeWindow(1);
    registry.add(a as unknown as RegisteredWindow);
    a.destroyed = true;
    expect(registry.hasWebContents(1)).toBe(false);
    expect(registry.windows()).toEqual([]);
  });
});
