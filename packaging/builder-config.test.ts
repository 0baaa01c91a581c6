/**
 * The packaging proof that needs no Electron binary: electron-builder's configuration is
 * loaded as electron-builder loads it, and its targets, fuses, file lists and unpacked
 * native module are asserted. The packages themselves are built by package.yml on hosted
 * runners.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { minimatch } from 'minimatch';
import { describe, expect, it, vi } from 'vitest';
import config from '../electron-builder.config';
import { HANDOFF_FUSES } from './fuses';
import { ICONS } from './icon-files';

type Target = { target: string; arch?: string[] };
const targetsOf = (platform: { target?: unknown } | null | undefined): Target[] =>
  ((platform?.target ?? []) as (string | Target)[]).map((t) =>
    typeof t === 'string' ? { target: t } : t,
  );

/** electron-builder's `files` rule: the last pattern that matches decides; none means out. */
function packed(path: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

/** Every file in the project (not node_modules or .git), plus what the build writes to out/. */
function projectFiles(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', '.git', 'out', 'dist', 'test-output'].includes(entry.name)
        ? []
        : projectFiles(path);
    }
    return [relative('.', path)];
  });
}
const BUILD_OUTPUT = [
  'out/main/index.js',
  'out/main/index.js.map',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/renderer/assets/index-3f9a.js',
  'out/renderer/assets/index-3f9a.css',
];

describe('electron-builder config: identity and targets', () => {
  it('names the app', () => {
    expect(config.appId).toBe('dev.handoff.desktop');
    expect(config.productName).toBe('Handoff');
  });

  it('builds AppImage and deb on Linux, dmg for arm64 and x64 on macOS, nsis on Windows', () => {
    expect(targetsOf(config.linux).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.mac)).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(targetsOf(config.win)).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('uses the generated icons for each OS', () => {
    expect(config.mac?.icon).toBe(ICONS.icns);
    expect(config.win?.icon).toBe(ICONS.ico);
    expect(config.linux?.icon).toBe(ICONS.pngFolder);
  });
});

describe('electron-builder config: what is packed', () => {
  const patterns = config.files as string[];
  const files = [...projectFiles(), ...BUILD_OUTPUT];
  const included = files.filter((f) => packed(f, patterns));

  it('packs into app.asar', () => {
    expect(config.asar).toBe(true);
  });

  it('packs the build output and package.json, and the entry point main names', () => {
    const { main } = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(included).toEqual(
      expect.arrayContaining([
        'package.json',
        main.replace(/^\.\//, ''),
        'out/preload/index.js',
        'out/renderer/index.html',
        'out/renderer/assets/index-3f9a.js',
      ]),
    );
  });

  it('packs no sources, tests, e2e, scripts, configs or source maps', () => {
    expect(included.filter((f) => !f.startsWith('out/') && f !== 'package.json')).toEqual([]);
    expect(included.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(src-|e2e\/)/.test(f) && packed(f, patterns))).toEqual([]);
    // There are sources to leave out, so the check above can fail.
    expect(files.filter((f) => f.startsWith('src-main/')).length).toBeGreaterThan(50);
  });

  it('unpacks the keychain module’s native binary from app.asar', () => {
    const unpack = config.asarUnpack as string[];
    const binary = 'node_modules/@napi-rs/keyring-linux-x64-gnu/keyring.linux-x64-gnu.node';
    expect(unpack.some((p) => minimatch(binary, p, { dot: true }))).toBe(true);
    expect(unpack.some((p) => minimatch('node_modules/react/index.js', p))).toBe(false);
  });

  it('ships the window icon as a resource, not inside app.asar', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/icon.png', to: 'icon.png' });
  });

  it('the production dependencies are exactly the packages main loads at run time', () => {
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const sources = [...projectFiles('src-main'), ...projectFiles('src-shared')].filter(
      (f) => /\.ts$/.test(f) && !/\.test\.ts$|test-kit|testing\//.test(f),
    );
    // Static imports (not `import type`) and dynamic `import('…')` (not `typeof import`).
    const importPattern =
      /^import (?!type )[^;]*? from '([^'.][^']*)'|(?<!typeof )\bimport\('([^'.][^']*)'\)/gm;
    const specifiers = sources.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(importPattern)].map((m) => (m[1] ?? m[2])!),
    );
    const packageName = (s: string) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/');
    const external = new Set(
      specifiers
        .filter((s) => !s.startsWith('node:') && !builtinModules.includes(s) && s !== 'electron')
        .map(packageName),
    );
    // Exactly those: the renderer's packages (react, zustand, qrcode) are bundled by Vite, so
    // as production dependencies they would only add megabytes to app.asar.
    expect(Object.keys(dependencies).sort()).toEqual([...external].sort());
    expect([...external]).toEqual(expect.arrayContaining(['zod', '@napi-rs/keyring']));
  });
});

describe('electron-builder config: fuses (afterPack)', () => {
  async function fusesFor(electronPlatformName: string) {
    const addElectronFuses = vi.fn(async () => 0);
    const context = { electronPlatformName, packager: { addElectronFuses } };
    const afterPack = config.afterPack as (context: AfterPackContext) => Promise<void>;
    await afterPack(context as unknown as AfterPackContext);
    expect(addElectronFuses).toHaveBeenCalledOnce();
    return (addElectronFuses.mock.calls[0] as unknown as [unknown, Record<string, unknown>])[1];
  }

  it('flips every fuse to the locked-down value', async () => {
    const fuses = await fusesFor('linux');
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('sets every fuse @electron/fuses knows, so none is left at its default', async () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(HANDOFF_FUSES).map(Number).sort()).toEqual([...known].sort());
    const fuses = await fusesFor('win32');
    for (const option of known) expect(typeof fuses[option]).toBe('boolean');
  });

  it('re-signs ad hoc on macOS only (flipping fuses breaks the ad-hoc signature)', async () => {
    expect((await fusesFor('darwin')).resetAdHocDarwinSignature).toBe(true);
    expect((await fusesFor('win32')).resetAdHocDarwinSignature).toBe(false);
  });
});
