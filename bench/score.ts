// npm run bench:score: Simak's full analysis (language, sentiment, complaint, watch queries)
// against the `sentiment` package (AFINN) on the same real posts, in one run. Prints posts per
// second, per-post latency p50/p99, the ratio, and what loading the model costs.
//   node --expose-gc: run through `npm run bench:score` so the heap figure is clean.
import { performance } from 'node:perf_hooks';
import Sentiment from 'sentiment';
import * as data from '../scripts/lib/datasets';
import { percentile } from './lib/x-feed';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

const texts = [
  ...(data.idsa() ?? []),
  ...(data.tweeteval() ?? []),
  ...(data.telco() ?? []),
  ...(data.mobileJkn() ?? []),
  ...(data.complaintsEn() ?? []),
].map((i) => i.text);
if (texts.length < 10_000) {
  console.error(`only ${texts.length} posts found under ${data.DATA_DIR}: the bench needs ../shared/data`);
  process.exit(2);
}

const before = heap();
const loadStart = performance.now();
const { analyze, compileQueries } = await import('../src/core/analyze');
const queries = compileQueries([
  { id: 'antrean', source: 'antri* OR antre* OR "nunggu lama"' },
  { id: 'login', source: '(login OR masuk) NEAR/3 (gagal OR "tidak bisa" OR error)' },
  { id: 'bpjs', source: 'bpjs OR jkn OR "mobile jkn"' },
]);
analyze('warm up: gak bisa login', { queries });
const loadMs = performance.now() - loadStart;
const modelBytes = heap() - before;

function run(name: string, fn: (t: string) => unknown) {
  for (let i = 0; i < 2000; i++) fn(texts[i % texts.length] as string); // JIT warm-up
  const lat: number[] = [];
  const start = performance.now();
  for (const t of texts) {
    const t0 = performance.now();
    fn(t);
    lat.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  // Throughput from a second pass without the per-post timer, which costs as much as AFINN itself.
  const start2 = performance.now();
  for (const t of texts) fn(t);
  const perSecond = texts.length / ((performance.now() - start2) / 1000);
  console.log(
    `${name.padEnd(20)} ${Math.round(perSecond).toLocaleString('en').padStart(9)} posts/s   p50 ${(percentile(lat, 50) * 1000).toFixed(1)} µs   p99 ${(percentile(lat, 99) * 1000).toFixed(1)} µs   (timed pass ${total.toFixed(0)} ms)`,
  );
  return perSecond;
}

console.log(`${texts.length.toLocaleString('en')} real posts (IDSA, TweetEval, telco, Mobile JKN, complaints-en)`);
const afinn = new Sentiment();
const peer = run('sentiment (AFINN)', (t) => afinn.analyze(t));
const simak = run('Simak full analysis', (t) => analyze(t, { queries }));
console.log(`ratio Simak / sentiment: ${(simak / peer).toFixed(2)} (target ≥ 0.5)`);
console.log(`model load + first post: ${loadMs.toFixed(0)} ms; heap taken by the loaded model: ${(modelBytes / 1024 / 1024).toFixed(1)} MB`);
