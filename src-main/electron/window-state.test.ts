import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  displays: [] as {
    id: number;
    workArea: { x: number; y: number; width: number; height: number };
  }[],
  primaryId: 1,
}));
vi.mock('electron', () => ({
  screen: {
    getAllDisplays: () => fake.displays,
    getPrimaryDisplay: () => fake.displays.find((d) => d.id === fake.primaryId),
  },
}));

import type { DocumentStore } from '../store/settings-store';
import type { WindowStateDoc } from '../window-state/window-state-store';
import { rememberWindowState, restoredBounds } from './window-state';

const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitor = { id: 2, workArea: { x: -2560, y: 0, width: 2560, height: 1400 } };

class FakeWindow extends EventEmitter {
  bounds = { x: -2000, y: 100, width: 1500, height: 1000 };
  maximized = false;
  fullScreen = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isFullScreen = () => this.fullScreen;
}

/** A document store in memory: what it holds is copied in and out, as on disk. */
function memoryStore(initial: WindowStateDoc): DocumentStore<WindowStateDoc> {
  let value = structuredClone(initial);
  return {
    read: () => structuredClone(value),
    write: (next) => {
      value = structuredClone(next);
    },
  };
}

describe('window state in Electron', () => {
  it('saves on close and restores on the display it was on', () => {
    fake.displays = [monitor, laptop];
    const store = memoryStore({ main: null });
    const window = new FakeWindow();
    rememberWindowState(window as never, store);
    window.maximized = true;
    window.emit('close');
    expect(store.read().main).toEqual({ bounds: window.bounds, maximized: true });
    expect(restoredBounds(store)).toEqual({ ...window.bounds, maximized: true });
  });

  it('opens on the primary display at the default size once that monitor is unplugged', () => {
    fake.displays = [laptop];
    const store = memoryStore({
      main: { bounds: { x: -2000, y: 100, width: 1500, height: 1000 }, maximized: false },
    });
    expect(restoredBounds(store)).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('remembers a full-screen window as maximised', () => {
    const store = memoryStore({ main: null });
    const window = new FakeWindow();
    window.fullScreen = true;
    rememberWindowState(window as never, store);
    window.emit('close');
    expect(store.read().main?.maximized).toBe(true);
  });

  it('a store that cannot write is logged, and closing goes on', () => {
    const store = memoryStore({ main: null });
    store.write = () => {
      throw new Error('EACCES');
    };
    const log = vi.fn();
    const window = new FakeWindow();
    rememberWindowState(window as never, store, log);
    expect(() => window.emit('close')).not.toThrow();
    expect(log).toHaveBeenCalledWith('window-state: not saved (Error)');
  });
});
