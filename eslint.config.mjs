// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint also guards the process boundaries: the renderer cannot import Electron or Node,
 * only one file in main touches ipcMain, and only the preload touches ipcRenderer.
 */
export default tseslint.config(
  { ignores: ['out', 'node_modules', 'test-output', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // Nango's published types are a dev dependency: type-only imports are erased, so nothing of
    // the package (or its axios dependency) can end up in a bundle.
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nangohq/types',
              allowTypeImports: true,
              message: 'Type-only: `import type { … } from "@nangohq/types"`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.mts', '*.config.mjs'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'child_process'],
              message: 'The renderer is sandboxed: no Electron or Node.',
            },
            {
              group: ['**/src-main/**', '@napi-rs/*', 'electron-store', 'conf'],
              message: 'Main-process code stays in main.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The renderer makes no network calls; ask main over IPC.' },
        'XMLHttpRequest',
        'WebSocket',
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'src-shared/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-main/electron/ipc-bridge.ts', 'src-main/electron/ipc-bridge.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Only src-main/electron/ipc-bridge.ts touches ipcMain.',
        },
        {
          selector: "MemberExpression[object.name='ipcRenderer']",
          message: 'Only the preload touches ipcRenderer.',
        },
      ],
    },
  },
);
