import { describe, expect, it, vi } from 'vitest';
import { RecordingDesktop } from '../../test-support/recording-desktop';
import { AppFailure } from '../errors/app-failure';
import type { DocumentStore } from '../store/settings-store';
import { Appearance } from './appearance-service';
import type { AppearanceDoc } from './appearance-store';

/** The appearance document in memory. */
class MemoryDocumentStore implements DocumentStore<AppearanceDoc> {
  constructor(private doc: AppearanceDoc) {}
  read(): AppearanceDoc {
    return { ...this.doc };
  }
  write(doc: AppearanceDoc): void {
    this.doc = { ...doc };
  }
}

/** A store whose writes fail, as a full or read-only disk makes them. */
class FullDiskStore extends MemoryDocumentStore {
  override write(): void {
    throw new AppFailure('storage_unavailable', 'The disk is full.');
  }
}

describe('Appearance', () => {
  it('applies the saved choice as soon as it starts', () => {
    const desktop = new RecordingDesktop();
    new Appearance({
      store: new MemoryDocumentStore({ themeSource: 'light' }),
      desktop,
      emit: vi.fn(),
    });
    expect(desktop.themeSources).toEqual(['light']);
  });

  it('keeps the choice and the theme when the choice cannot be saved', () => {
    const desktop = new RecordingDesktop();
    const emit = vi.fn();
    const appearance = new Appearance({
      store: new FullDiskStore({ themeSource: 'system' }),
      desktop,
      emit,
    });
    emit.mockClear();
    expect(() => appearance.set('dark')).toThrow('The disk is full.');
    expect(desktop.themeSources).toEqual(['system']);
    expect(appearance.state()).toEqual({ source: 'system', dark: false });
    expect(emit).not.toHaveBeenCalled();
  });

  it('stops following the OS once disposed', () => {
    const desktop = new RecordingDesktop();
    const emit = vi.fn();
    const appearance = new Appearance({
      store: new MemoryDocumentStore({ themeSource: 'system' }),
      desktop,
      emit,
    });
    desktop.setOsDark(true);
    expect(emit).toHaveBeenLastCalledWith('appearance:changed', { source: 'system', dark: true });
    appearance.dispose();
    emit.mockClear();
    desktop.setOsDark(false);
    expect(emit).not.toHaveBeenCalled();
  });
});
