/**
 * The app's id to the operating system. electron-builder writes it into the packages (the
 * macOS bundle id; the AppUserModelID of the Windows installer's Start-menu shortcut), and
 * main declares the same id at run time on Windows (electron/app-identity.ts): Windows shows a
 * process's notifications, applies the person's notification settings to them, and groups its
 * windows under the pinned icon only when the two ids match.
 *
 * A placeholder until the first release (README, "Placeholders to set"): choose it once, since
 * a later change makes the OS see a different app.
 */
export const APP_ID = 'dev.handoff.desktop';
