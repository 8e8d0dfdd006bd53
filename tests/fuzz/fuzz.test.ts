// Property-based fuzzing of every parser of untrusted input, with a fixed seed so a failure
// reproduces (FC_SEED=… npx vitest run tests/fuzz/fuzz.test.ts). Longer runs: npm run fuzz.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TARGETS } from './targets';

const seed = Number(process.env.FC_SEED ?? 20261125);

describe('fuzz', () => {
  for (const target of TARGETS) {
    it(`${target.name} never throws and keeps its output in range`, async () => {
      await fc.assert(target.property, { seed, numRuns: target.runs });
      // A generous limit for a slow machine: speed is not what this test is about.
    }, 60_000);
  }
});
