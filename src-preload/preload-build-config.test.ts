import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Every window runs the preload before the page's first script, so what it bundles delays
 * every start: it checks channel names from channel-names.ts and leaves payload validation
 * (zod and the schemas) to main. A value import of those would bring them all back.
 */
describe('the preload source', () => {
  const dir = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(sources)('%s imports zod and the schemas as types only', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1],
    );
    for (const path of valueImports) {
      expect(path).not.toMatch(/^zod|contract\/(channels|schemas|preflight-schemas)$/);
    }
  });
});
