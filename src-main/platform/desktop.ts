/**
 * The desktop integrations services need, as an interface: Electron's clipboard and shell
 * in the app, recorders in tests and the harness.
 */
export interface Desktop {
  /** Puts text on the system clipboard. */
  writeClipboard(text: string): void;
  /** Opens an https URL in the default browser. Callers vet the URL first. */
  openExternal(url: string): Promise<void>;
}
