import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaCsp } from './src-shared/security/csp';
import { injectCspMeta } from './src-shared/security/inject-csp-meta';

/**
 * Writes the production CSP into index.html as the first thing in <head>. Build only: under
 * `electron-vite dev` main sends a dev variant as a response header instead.
 */
const cspMetaPlugin = (): Plugin => ({
  name: 'handoff:csp-meta',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html, metaCsp()) },
});

/**
 * Build for the three processes. Entries are explicit because the folders are not the
 * electron-vite defaults (src/main, src/preload, src/renderer).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies stay external (loaded from node_modules at run time), except
      // electron-store: it is ESM-only and main is emitted as CommonJS, so it is bundled.
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can only `require` a few built-ins and cannot be ESM: bundle
    // everything (zod included) into one CommonJS file whose only require is 'electron'.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; minified it parses and starts
      // faster and is a third of the size (bench/RESULTS.md). Views that are not on the first
      // screen are split out with React.lazy (features/shell/lazy-pages.tsx).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
