/**
 * Files the app reads at run time from `resources/` (the window icon). In a packaged app
 * they sit in the install's resources folder (electron-builder's extraResources), outside
 * app.asar; in development they are in the project's `resources/` folder. Paths relative to
 * the bundle (`__dirname/../../resources`) only hold in development.
 */
import { join } from 'node:path';

/** Where the app runs from. */
export interface ResourceLocation {
  isPackaged: boolean;
  /** `process.resourcesPath`: the install's resources folder. */
  resourcesPath: string;
  /** `app.getAppPath()`: the project root in development (where package.json is). */
  appPath: string;
}

/** The absolute path of a file shipped from `resources/`. */
export function resourcePath(name: string, where: ResourceLocation): string {
  if (name.includes('..')) throw new Error(`Not a resource name: ${name}`);
  return where.isPackaged
    ? join(where.resourcesPath, name)
    : join(where.appPath, 'resources', name);
}
