/**
 * Appearance: applies the remembered theme choice to the desktop (nativeTheme in the app) at
 * start and on every change, and tells the renderer what the effective theme is whenever it
 * changes, the OS's own switch included. The renderer's colours follow `prefers-color-scheme`
 * by themselves; the state is for the Settings control.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { AppearanceState, ThemeSource } from '../../src-shared/models/appearance';
import type { Desktop } from '../platform/desktop';
import type { DocumentStore } from '../store/settings-store';
import type { AppearanceDoc } from './appearance-store';

export interface AppearanceDeps {
  store: DocumentStore<AppearanceDoc>;
  desktop: Desktop;
  emit: EventSink;
}

/** The app's theme choice and its effect. */
export class Appearance {
  private last: string | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: AppearanceDeps) {
    this.unsubscribe = deps.desktop.onThemeChange(() => this.announce());
    deps.desktop.setThemeSource(deps.store.read().themeSource);
  }

  /** The choice and whether the app is dark now. */
  state(): AppearanceState {
    return {
      source: this.deps.store.read().themeSource,
      dark: this.deps.desktop.usesDarkColors(),
    };
  }

  /** Remembers a new choice and applies it. A store that cannot write refuses, unchanged. */
  set(source: ThemeSource): AppearanceState {
    const doc = this.deps.store.read();
    if (doc.themeSource !== source) this.deps.store.write({ ...doc, themeSource: source });
    this.deps.desktop.setThemeSource(source);
    this.announce();
    return this.state();
  }

  /** Stops listening to the OS. */
  dispose(): void {
    this.unsubscribe();
  }

  /** Emits the state when it differs from the last one sent. */
  private announce(): void {
    const state = this.state();
    const key = `${state.source}:${state.dark}`;
    if (key === this.last) return;
    this.last = key;
    this.deps.emit('appearance:changed', state);
  }
}
