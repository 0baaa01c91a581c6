/**
 * The harness's Desktop: records what main put on the clipboard and asked to open, where the
 * app would call Electron's clipboard and shell.
 */
import type { Desktop } from '../../src-main/platform/desktop';

/** A Desktop that remembers instead of acting. */
export class RecordingDesktop implements Desktop {
  clipboard = '';
  readonly opened: string[] = [];

  writeClipboard(text: string): void {
    this.clipboard = text;
  }

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}
