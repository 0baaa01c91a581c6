/**
 * Who sent an IPC message. Built from Electron's event by the bridge, or by the e2e harness.
 */

/** The facts about a sender that the trust check needs. */
export interface SenderInfo {
  /** Checked against the windows the app created (window-registry.ts). */
  webContentsId: number;
  /** URL of the sending frame. */
  frameUrl: string;
  /** False for iframes: only our top-level document may call. */
  isMainFrame: boolean;
}

/** Decides whether a sender may use the API. */
export type SenderPolicy = (sender: SenderInfo) => boolean;
