import { defineConfig } from 'vitest/config';

// The team server's tests: against PGlite and against a real PostgreSQL cluster that the
// global setup starts (and stops) once for the whole run.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    env: { SIMAK_TEAM_SCRYPT_N: '1024' },
  },
});
