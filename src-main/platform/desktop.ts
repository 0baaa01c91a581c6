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
  /** Opens a mailto: URL that main composed in the mail app. Anything else is refused. */
  openMailto(url: string): Promise<void>;
  /** Hides (true) or shows (false) the app's windows to screen capture and sharing. */
  setContentProtection(enabled: boolean): void;
  /** False where the OS cannot hide a window from capture (Linux). */
  readonly contentProtectionSupported: boolean;
}
