/**
 * Electron fuses for the packaged app: switches compiled into the Electron binary that no
 * command line, environment variable or script can turn back. Flipped in electron-builder's
 * afterPack hook, before signing (a signature covers the flipped binary).
 */
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** Every fuse @electron/fuses 1.x knows, with the value Handoff ships. */
export const HANDOFF_FUSES: Record<FuseV1Options, boolean> = {
  // `ELECTRON_RUN_AS_NODE=1 Handoff` would be a Node.js with the app's keychain entitlements.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (and other Chromium storage secrets) encrypted with an OS-keychain key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload any script into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let anyone on the machine attach a debugger to main (and read the key).
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the (verified) app.asar is loaded, never a loose `app` folder planted beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// pages get no extra privileges (fetch, service workers) beyond a normal origin.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The fuse configuration for one packaged binary. */
function fuseConfig(context: Pick<AfterPackContext, 'electronPlatformName'>): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature an unsigned macOS build needs to launch.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    strictlyRequireAllFuses: true,
    ...HANDOFF_FUSES,
  };
}

/** electron-builder afterPack hook: flips the fuses on the binary just packed. */
export async function flipFusesAfterPack(context: AfterPackContext): Promise<void> {
  // The packager knows the binary's name and extension per platform.
  await context.packager.addElectronFuses(context, fuseConfig(context));
}
