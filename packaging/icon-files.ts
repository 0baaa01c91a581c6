/**
 * Where scripts/make-icons.ts writes the app icons and where electron-builder reads them.
 * All are generated from one source image, resources/icon.png.
 */

/** The one source image (square PNG, at least 512 px). */
export const ICON_SOURCE = 'resources/icon.png';

/** Generated icon paths, relative to the project root. */
export const ICONS = {
  /** macOS. */
  icns: 'build/icons/icon.icns',
  /** Windows. */
  ico: 'build/icons/icon.ico',
  /** Linux: a folder of `<size>x<size>.png`. */
  pngFolder: 'build/icons/png',
} as const;

/** The PNG sizes for Linux desktops (hicolor theme sizes). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
