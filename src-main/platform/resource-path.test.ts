import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import builderConfig from '../../electron-builder.config';
import { resourcePath } from './resource-path';

describe('resourcePath', () => {
  it('packaged: the install’s resources folder, outside app.asar', () => {
    const where = {
      isPackaged: true,
      resourcesPath: '/opt/Handoff/resources',
      appPath: '/opt/Handoff/resources/app.asar',
    };
    expect(resourcePath('icon.png', where)).toBe(join('/opt/Handoff/resources', 'icon.png'));
  });

  it('development: the project’s resources folder, where the file really is', () => {
    const where = {
      isPackaged: false,
      resourcesPath: '/x/electron/resources',
      appPath: resolve('.'),
    };
    const path = resourcePath('icon.png', where);
    expect(path).toBe(resolve('resources', 'icon.png'));
    expect(existsSync(path)).toBe(true);
  });

  it('every resource the app reads is shipped under the name it is read by', () => {
    const shipped = (builderConfig.extraResources as { from: string; to: string }[]).map((r) => ({
      to: r.to,
      exists: existsSync(r.from),
    }));
    expect(shipped).toContainEqual({ to: 'icon.png', exists: true });
  });

  it('refuses names that climb out of the folder', () => {
    const where = { isPackaged: true, resourcesPath: '/r', appPath: '/a' };
    expect(() => resourcePath('../secrets', where)).toThrow(/Not a resource name/);
  });
});
