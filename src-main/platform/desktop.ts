import type { ThemeSource } from '../../src-shared/models/appearance';

/**
 * The desktop integrations services need, as an interface: Electron's clipboard and shell
 * in the app, recorders in tests and the harness.
 */
export interface Desktop {
  /** Puts text on the system clipboard. */
  writeClipboard(text: string): void;
  /**
   * Opens a URL in the default browser: https, or plain http on loopback (see
   * external-url.ts). Callers vet the URL first; implementations refuse anything else.
   */
  openExternal(url: string): Promise<void>;
  /** Shows a desktop notification (e.g. "Customer connected"). Never carries a link or token. */
  notify(notification: DesktopNotification): void;
  /** Asks what to do about links still live when the app quits. */
  confirmQuit(request: { liveLinks: number }): Promise<QuitChoice>;
  /**
   * Saves a text file the user asked for (e.g. a CSV export): a save dialog in the app.
   * Resolves with where it went, or null when the user cancelled.
   */
  saveTextFile(request: { defaultName: string; content: string }): Promise<string | null>;
  /** Opens a mailto: URL that main composed in the mail app. Anything else is refused. */
  openMailto(url: string): Promise<void>;
  /** Hides (true) or shows (false) the app's windows to screen capture and sharing. */
  setContentProtection(enabled: boolean): void;
  /** False where the OS cannot hide a window from capture (Linux). */
  readonly contentProtectionSupported: boolean;
  /**
   * Sets the theme the app follows (Electron's `nativeTheme.themeSource`): the renderer's
   * `prefers-color-scheme` and the windows' background colour follow it.
   */
  setThemeSource(source: ThemeSource): void;
  /** True while the effective theme is dark (`nativeTheme.shouldUseDarkColors`). */
  usesDarkColors(): boolean;
  /**
   * Calls `listener` whenever the effective theme may have changed (the OS switched, or the
   * source was set). Returns the unsubscribe function.
   */
  onThemeChange(listener: () => void): () => void;
  /**
   * Calls `listener` when the computer goes to sleep (`suspend`) or wakes (`resume`);
   * returns the unsubscribe function. Self-refreshing links pause meanwhile.
   */
  onPowerChange(listener: (state: PowerState) => void): () => void;
}

/** The computer's power state changes that matter to the app. */
export type PowerState = 'suspend' | 'resume';

/** A desktop notification. */
export interface DesktopNotification {
  title: string;
  body: string;
}

/**
 * The answer to "links are still live": revoke them all and quit, keep them (they are restored
 * and checked on the next start) and quit, or stay.
 */
export type QuitChoice = 'revoke-and-quit' | 'keep-and-quit' | 'cancel';
