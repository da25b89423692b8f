import { defineConfig } from 'vitest/config';

// The browser tests: the app is built once and served on 127.0.0.1 (test/browser/globalSetup.ts), then driven
// in Debian's Chromium through playwright-core. Nothing here downloads a browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
