import { defineConfig } from 'vitest/config';

// Unit tests sit beside the module they test (src/, scripts/, demo/). Two kinds live under
// tests/: the checks of the extension as a whole (manifest, locales: tests/extension) and the
// fixed-seed fuzz run (tests/fuzz). Browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'demo/**/*.test.ts',
      'tests/extension/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
    ],
    environment: 'node',
  },
});
