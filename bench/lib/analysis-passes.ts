// The program bench/instructions.sh runs under callgrind: warms the analysis on a quarter of the
// bench's posts (bench-posts.ts), then turns callgrind's counting on for two passes over them and
// off again, so only the warm analysis is counted.
//   node --import tsx bench/lib/analysis-passes.ts <stage>
// Stages, each including the ones before: tokens, clues, readPost, analyze0 (no watch query),
// analyze (the bench's three watch queries, as npm run bench:score).
import { execFileSync } from 'node:child_process';
import { analyze, compileQueries, knowsWord, readPost } from '../../src/core/analyze';
import { readTokens } from '../../src/core/text/normalize';
import { readClues } from '../../src/core/token-clues';
import { BENCH_QUERIES, benchPosts } from './bench-posts';

const PASSES = 2;

const texts = benchPosts(4);
const queries = compileQueries(BENCH_QUERIES);
const stages: Record<string, (t: string) => unknown> = {
  tokens: (t) => readTokens(t, knowsWord),
  clues: (t) => readClues(readTokens(t, knowsWord), t),
  readPost: (t) => readPost(t),
  analyze0: (t) => analyze(t),
  analyze: (t) => analyze(t, { queries }),
};
const stage = process.argv[2] ?? 'analyze';
const run = stages[stage];
if (!run) {
  console.error(`no stage ${stage}: one of ${Object.keys(stages).join(', ')}`);
  process.exit(2);
}
for (const t of texts) analyze(t, { queries });
for (let p = 0; p < 10; p++) for (const t of texts) run(t);
(globalThis as { gc?: () => void }).gc?.();
const callgrind = (on: boolean) =>
  execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
callgrind(true);
// callgrind_control's request is taken at the program's next basic block: a pause lets it arrive.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
for (let p = 0; p < PASSES; p++) for (const t of texts) run(t);
callgrind(false);
console.log(`posts ${texts.length * PASSES}`);
