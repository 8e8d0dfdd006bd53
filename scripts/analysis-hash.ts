// npm run analysis-hash: two hashes of what analyze() gives, for a change meant to leave the
// analysis as it is (a speed-up): the same two hashes before and after, or the output moved.
// - "posts": every text of the measure sets and of data/corpus, without watch queries;
// - "queries": the bench's posts and the BPJS tweets, with six watch queries (their matches).
// Needs ../shared/data. docs/performance.md tells the hashes of the current main.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_QUERIES } from '../bench/lib/bench-posts';
import { analyze, compileQueries } from '../src/core/analyze';
import * as data from './lib/datasets';

const hash = (texts: readonly string[], analyseOne: (text: string) => unknown) => {
  const h = createHash('sha256');
  for (const t of texts) h.update(JSON.stringify(analyseOne(t)));
  return h.digest('hex').slice(0, 16);
};

const sets = [data.smsa('valid'), data.idsa(), data.telco(), data.tweeteval(), data.mobileJkn(), data.complaintsEn()];
if (sets.some((s) => s === undefined)) {
  console.error(`a measure set is missing under ${data.DATA_DIR}: the hashes need ../shared/data`);
  process.exit(2);
}
const posts: string[] = [];
for (const set of [...sets, data.bpjsTweets()]) for (const item of set ?? []) posts.push(item.text);
const corpus = join(import.meta.dirname, '../data/corpus');
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith('.jsonl'))
  .sort())
  for (const line of readFileSync(join(corpus, file), 'utf8').split('\n'))
    if (line.trim()) posts.push((JSON.parse(line) as { text: string }).text);
console.log(`posts: ${posts.length} texts, ${hash(posts, (t) => analyze(t))}`);

// The benches' three, and three that reach a prefix, a NOT, a hashtag and English words.
const queries = compileQueries([
  ...BENCH_QUERIES,
  { id: 'obat', source: 'obat* AND NOT gratis' },
  { id: 'rs', source: '"rumah sakit" OR rs OR #rs*' },
  { id: 'bad', source: 'bad OR worst OR terrible' },
]);
const queried: string[] = [];
for (const set of [
  data.idsa(),
  data.tweeteval(),
  data.telco(),
  data.mobileJkn(),
  data.complaintsEn(),
  data.bpjsTweets(),
])
  for (const item of set ?? []) queried.push(item.text);
let matches = 0;
const queriesHash = hash(queried, (t) => {
  const a = analyze(t, { queries });
  matches += a.matches.length;
  return a;
});
console.log(`queries: ${queried.length} texts, ${matches} matches, ${queriesHash}`);
