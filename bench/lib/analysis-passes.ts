// The program bench/instructions.sh runs under callgrind: warms the analysis on a quarter of the
// bench's posts (each a fresh flat string, as the worker receives a post), then turns callgrind's
// counting on for two passes over them and off again, so only the warm analysis is counted.
//   node --import tsx bench/lib/analysis-passes.ts <stage>
// Stages, each including the ones before: tokens, clues, readPost, analyze0 (no watch query),
// analyze (the bench's three watch queries, as npm run bench:score).
import { execFileSync } from 'node:child_process';
import * as data from '../../scripts/lib/datasets';
import { analyze, compileQueries, knowsWord, readPost } from '../../src/core/analyze';
import { readTokens } from '../../src/core/text/normalize';
import { readClues } from '../../src/core/token-clues';

export const PASSES = 2;

const texts = JSON.parse(
  JSON.stringify(
    [
      ...(data.idsa() ?? []),
      ...(data.tweeteval() ?? []),
      ...(data.telco() ?? []),
      ...(data.mobileJkn() ?? []),
      ...(data.complaintsEn() ?? []),
    ]
      .filter((_, i) => i % 4 === 0)
      .map((i) => i.text),
  ),
) as string[];
if (texts.length < 2_500) {
  console.error(`only ${texts.length} posts found under ${data.DATA_DIR}: the bench needs ../shared/data`);
  process.exit(2);
}
const queries = compileQueries([
  { id: 'antrean', source: 'antri* OR antre* OR "nunggu lama"' },
  { id: 'login', source: '(login OR masuk) NEAR/3 (gagal OR "tidak bisa" OR error)' },
  { id: 'bpjs', source: 'bpjs OR jkn OR "mobile jkn"' },
]);
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
