import { defineConfig } from 'vitest/config';

/** Unit and integration tests (node), plus the renderer's logic (happy-dom). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src-main/**/*.test.ts',
            'src-preload/**/*.test.ts',
            'src-shared/**/*.test.ts',
            'test-support/**/*.test.ts',
            'packaging/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          // The QR encoder is loaded, as it is in the app by the time a card is drawn.
          setupFiles: ['src-renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
