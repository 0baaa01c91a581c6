import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync('.github/workflows/package.yml', 'utf8');

describe('.github/workflows/package.yml', () => {
  it('packages on Linux, macOS and Windows runners', () => {
    for (const os of ['ubuntu-latest', 'macos-latest', 'windows-latest']) {
      expect(workflow).toContain(`os: ${os}`);
    }
    for (const platform of ['--linux', '--mac', '--win']) {
      expect(workflow).toContain(`platform: ${platform}`);
    }
    expect(workflow).toContain('npm run package -- ${{ matrix.platform }}');
  });

  it('checks the fuses of the packaged binaries and runs the real-Electron spec', () => {
    expect(workflow).toContain('scripts/check-fuses.ts ${{ matrix.binaries }}');
    expect(workflow).toContain('xvfb-run -a npx playwright test e2e/electron');
  });
});
