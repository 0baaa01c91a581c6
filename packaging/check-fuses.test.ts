import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSE_BYTE, fuseMismatches } from './check-fuses';
import { HANDOFF_FUSES } from './fuses';

const wireFor = (fuses: Record<number, boolean>) =>
  Object.fromEntries(
    Object.entries(fuses).map(([k, on]) => [k, on ? FUSE_BYTE.ENABLE : FUSE_BYTE.DISABLE]),
  );

describe('fuseMismatches', () => {
  it('accepts a binary flipped exactly as configured', () => {
    expect(fuseMismatches(wireFor(HANDOFF_FUSES))).toEqual([]);
  });

  it('names every fuse a stock Electron binary leaves open', () => {
    // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on;
    // integrity and asar-only off.
    const stock = wireFor({
      ...HANDOFF_FUSES,
      [FuseV1Options.RunAsNode]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
      [FuseV1Options.EnableNodeCliInspectArguments]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
    });
    delete stock[FuseV1Options.EnableCookieEncryption];
    expect(fuseMismatches(stock).map((m) => `${m.fuse}=${m.actual}`)).toEqual([
      'RunAsNode=ENABLE',
      'EnableCookieEncryption=missing',
      'EnableNodeOptionsEnvironmentVariable=ENABLE',
      'EnableNodeCliInspectArguments=ENABLE',
      'EnableEmbeddedAsarIntegrityValidation=DISABLE',
      'OnlyLoadAppFromAsar=DISABLE',
      'GrantFileProtocolExtraPrivileges=ENABLE',
    ]);
  });
});
