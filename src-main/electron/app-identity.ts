/**
 * Declares the app's id at run time where the OS needs it (Windows: see platform/app-id.ts).
 * Called before any window or notification exists.
 */
import { APP_ID } from '../platform/app-id';

/** What we use of Electron's `app`. */
export interface IdentityApp {
  setAppUserModelId(id: string): void;
}

/** Sets the Windows AppUserModelID to the installer's; elsewhere there is nothing to set. */
export function declareAppIdentity(app: IdentityApp, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
}
