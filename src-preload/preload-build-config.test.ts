import { describe, expect, it } from 'vitest';
import config from '../electron.vite.config';

/**
 * A sandboxed preload can `require` only a few built-ins and cannot be ESM, so it must come
 * out as one CommonJS file with every dependency inlined. `electron-vite build` checks
 * the output itself; this catches a config change before anyone builds.
 */
describe('the preload build', () => {
  const resolved = typeof config === 'function' ? null : config;
  const build = (resolved as { preload?: { build?: Record<string, unknown> } })?.preload?.build;

  it('bundles its dependencies instead of requiring them from node_modules', () => {
    expect(build?.['externalizeDeps']).toBe(false);
  });

  it('emits one CommonJS file where only electron is external', () => {
    const rollup = build?.['rollupOptions'] as {
      external: string[];
      output: { format: string; entryFileNames: string; codeSplitting: boolean };
    };
    expect(rollup.external).toEqual(['electron']);
    expect(rollup.output).toMatchObject({
      format: 'cjs',
      entryFileNames: '[name].js',
      codeSplitting: false,
    });
  });
});
