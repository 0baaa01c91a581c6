/**
 * The harness's Desktop: records what main put on the clipboard, asked to open, mailed and
 * whether it hid the window from capture, where the app would call Electron.
 */
import type { Desktop } from '../src-main/platform/desktop';
import { assertOpenableExternalUrl } from '../src-main/platform/external-url';

/** A Desktop that remembers instead of acting. */
export class RecordingDesktop implements Desktop {
  clipboard = '';
  readonly opened: string[] = [];
  readonly mailed: string[] = [];
  /** Every content-protection call, in order; the last is the window's state. */
  readonly contentProtection: boolean[] = [];
  readonly contentProtectionSupported = true;

  writeClipboard(text: string): void {
    this.clipboard = text;
  }

  /** Refuses what the app's shell adapter refuses, so tests see the same rule. */
  async openExternal(url: string): Promise<void> {
    assertOpenableExternalUrl(url);
    this.opened.push(url);
  }

  async openMailto(url: string): Promise<void> {
    this.mailed.push(url);
  }

  setContentProtection(enabled: boolean): void {
    this.contentProtection.push(enabled);
  }

  /** True while the window is protected. */
  get protecting(): boolean {
    return this.contentProtection.at(-1) ?? false;
  }
}
