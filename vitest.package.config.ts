import { defineConfig } from 'vitest/config';

// The packaging test: `npm pack` rebuilds dist/ (the CLI included), so it runs on its own, after the others.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
