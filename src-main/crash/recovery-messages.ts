/**
 * What the user is told when the window's renderer fails (shared by the Electron adapter and
 * the e2e spec that shows the notice after a reload).
 */

/** The notice after a crashed renderer was reloaded. */
export const RELOADED_NOTICE =
  'The Handoff window stopped unexpectedly and was reloaded. Your live links were kept.';

/** The notice once a renderer that stopped responding responds again. */
export const recoveredNotice = (seconds: number): string =>
  `The Handoff window stopped responding for ${seconds} s and has recovered.`;
