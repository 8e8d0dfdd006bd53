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
    // A timeout here only guards against a hang, as in the other configs: several tests run the
    // CLIs in child processes or walk whole corpora (3–4.5 s at load 7 in CI), and the 5 s
    // default made them race the wall clock on a busy machine (one did fail so).
    testTimeout: 60_000,
  },
});
