import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR: the Firefox build installed as a temporary add-on over
// WebDriver BiDi. One browser at a time, as for Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
