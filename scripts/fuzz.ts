// npm run fuzz -- [--runs N] [--seed S] [--only TEXT]
// The fuzz targets of `npm test`, run longer: N cases per target (default 20,000), with a
// random seed unless one is given. Prints the cases tried per target, and the seed and
// counterexample of any failure (replay it with FC_SEED=S npx vitest run tests/fuzz/fuzz.test.ts,
// or here with --seed S). Exit code 1 if any target failed.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { TARGETS } from '../tests/fuzz/targets';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' }, only: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(seed)) {
  console.error('fuzz: --runs needs a positive whole number and --seed a number');
  process.exit(2);
}

console.log(`seed ${seed}, ${runs} cases per target`);
let failed = 0;
let total = 0;
for (const target of TARGETS) {
  if (values.only && !target.name.includes(values.only)) continue;
  const started = performance.now();
  const details = await fc.check(target.property, { seed, numRuns: runs });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  total += details.numRuns;
  if (details.failed) {
    failed++;
    console.log(`FAIL  ${target.name}: after ${details.numRuns} cases (${seconds} s)`);
    console.log(`      counterexample ${fc.stringify(details.counterexample)}`);
    console.log(`      ${String(details.errorInstance).split('\n')[0]}`);
  } else {
    console.log(`ok    ${target.name}: ${details.numRuns} cases (${seconds} s)`);
  }
}
console.log(`${total} cases in all, ${failed} target(s) failed`);
process.exit(failed > 0 ? 1 : 0);
