/**
 * Private mode: keeps a QR code out of screen shares and recordings. The window is
 * content-protected while the rep's choice is on, a code is on show and presenter view is
 * off (presenting is the rep deliberately showing the code). Main owns the decision; the
 * renderer only reports what it shows and asks to toggle.
 */
import type { EventSink } from '../../src-shared/contract/events';
import type { PrivacyState } from '../../src-shared/models/presentation';
import type { Desktop } from '../platform/desktop';
import type { DocumentStore } from '../store/settings-store';
import type { PresentationDoc } from './presentation-store';

/** What the renderer is showing. */
export interface ShownView {
  qrShown: boolean;
  presenting: boolean;
}

export interface PrivateModeDeps {
  store: DocumentStore<PresentationDoc>;
  desktop: Desktop;
  emit: EventSink;
}

/** Decides and applies the window's content protection. */
export class PrivateMode {
  private view: ShownView = { qrShown: false, presenting: false };
  private applied: boolean | null = null;

  constructor(private readonly deps: PrivateModeDeps) {
    this.apply();
  }

  /** The choice (remembered), whether windows are hidden from capture now, and whether they can be. */
  state(): PrivacyState {
    return {
      enabled: this.deps.store.read().privateMode,
      protecting: this.applied === true,
      supported: this.deps.desktop.contentProtectionSupported,
    };
  }

  /** Turns private mode on or off (remembered). */
  setEnabled(enabled: boolean): PrivacyState {
    const doc = this.deps.store.read();
    if (doc.privateMode !== enabled) this.deps.store.write({ ...doc, privateMode: enabled });
    return this.apply();
  }

  /** The renderer's report of what it shows. */
  report(view: ShownView): PrivacyState {
    this.view = { ...view };
    return this.apply();
  }

  private apply(): PrivacyState {
    const protect =
      this.deps.store.read().privateMode && this.view.qrShown && !this.view.presenting;
    const changed = this.applied !== protect;
    if (changed) {
      this.deps.desktop.setContentProtection(protect);
      this.applied = protect;
    }
    const state = this.state();
    this.deps.emit('privacy:changed', state);
    return state;
  }
}
