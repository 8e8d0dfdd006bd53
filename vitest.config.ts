import { defineConfig } from 'vitest/config';

// Unit tests: pure core, site adapters (happy-dom per file), Dexie (fake-indexeddb).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
