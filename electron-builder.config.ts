/**
 * Packaging with electron-builder: `npm run package` (or `package:linux`, `:mac`, `:win`).
 * Electron's binary is downloaded at package time, so packages are built on hosted runners
 * (.github/workflows/package.yml); packaging/builder-config.test.ts checks this file here.
 */
import type { Configuration } from 'electron-builder';
import { ICONS } from './packaging/icon-files';
import { APP_ID } from './src-main/platform/app-id';
import { flipFusesAfterPack } from './packaging/fuses';

const config: Configuration = {
  // Placeholder identity (APP_ID, copyright, linux.maintainer, package.json author): the release
  // owner sets them before the first release (README, "Placeholders to set"). Main declares
  // the same APP_ID at run time on Windows.
  appId: APP_ID,
  productName: 'Handoff',
  copyright: 'Copyright © 2026 Handoff',
  directories: { output: 'dist', buildResources: 'build' },
  // The built app only: no sources, tests, e2e, source maps or configs. electron-builder adds
  // the production dependencies (package.json "dependencies") on its own; devDependencies
  // are never packed.
  files: ['out/**', 'package.json', '!**/*.map', '!**/*.{ts,tsx,mts,cts}', '!**/*.test.*'],
  asar: true,
  // The keychain module's native binary must be a real file for the OS to load it.
  asarUnpack: ['**/node_modules/@napi-rs/keyring*/**', '**/*.node'],
  // Read at run time through process.resourcesPath (src-main/platform/resource-path.ts).
  extraResources: [{ from: 'resources/icon.png', to: 'icon.png' }],
  // @napi-rs/keyring is prebuilt N-API: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  afterPack: flipFusesAfterPack,
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: ICONS.icns,
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: ICONS.ico,
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: ICONS.pngFolder,
    executableName: 'handoff',
    category: 'Office',
    synopsis: 'Hand a customer a Nango connect link as a QR code',
    maintainer: 'Handoff <support@handoff.invalid>',
  },
  deb: {
    // The keychain: libsecret talks to the Secret Service (GNOME Keyring, KWallet).
    depends: ['libsecret-1-0', 'libnss3', 'libgtk-3-0', 'libxss1', 'libnotify4'],
  },
  publish: null,
};

export default config;
