/**
 * The harness's Desktop: records what main put on the clipboard and asked to open, where the
 * app would call Electron's clipboard and shell.
 */
import type { Desktop } from '../../src-main/platform/desktop';
import { assertOpenableExternalUrl } from '../../src-main/platform/external-url';

/** A Desktop that remembers instead of acting. */
export class RecordingDesktop implements Desktop {
  clipboard = '';
  readonly opened: string[] = [];

  writeClipboard(text: string): void {
    this.clipboard = text;
  }

  /** Refuses what the app's shell adapter refuses, so tests see the same rule. */
  async openExternal(url: string): Promise<void> {
    assertOpenableExternalUrl(url);
    this.opened.push(url);
  }
}
