// npm run bench:core-memory: a long day of posts through the analysis core, ever-new words
// included (names, numbers, typos), past several generations of token records. Prints the JS
// heap and the typed arrays' memory as it goes: both must stay flat, since every table the core
// keeps by word is bounded and forgotten at a new generation (src/core/text/token.ts).
//   node --expose-gc: run through `npm run bench:core-memory` so the figures are after a GC.
import { analyze, compileQueries } from '../src/core/analyze';
// Past analyze.ts on purpose: the bench watches the token records' generations.
import { TOKEN_LIMIT, tokenGeneration } from '../src/core/text/token';

const gc = (globalThis as { gc?: () => void }).gc;
const queries = compileQueries([
  { id: 'antrean', source: 'antri* OR antre* OR "nunggu lama"' },
  { id: 'login', source: '(login OR masuk) NEAR/3 (gagal OR "tidak bisa" OR error)' },
]);
const ROUNDS = 8;
const POSTS_PER_ROUND = 60_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB`;
let n = 0;
/** A post of common words and ones never seen before: a name, a number, a long typo, a tag. */
const post = () =>
  `antri lama banget di faskes kata${n} gak jelas w${n % 977}x ${'z'.repeat(n % 40)}${n} #tag${n} 😡 bpjs masuk gagal`;

console.log(
  `${(ROUNDS * POSTS_PER_ROUND).toLocaleString('en')} posts, each with 4 new words; token records forgotten every ${TOKEN_LIMIT.toLocaleString('en')}`,
);
const start = performance.now();
for (let round = 1; round <= ROUNDS; round++) {
  for (let i = 0; i < POSTS_PER_ROUND; i++) {
    n++;
    analyze(post(), { queries });
  }
  gc?.();
  const m = process.memoryUsage();
  console.log(
    `after ${n.toLocaleString('en').padStart(7)} posts (generation ${tokenGeneration()}): heap ${mb(m.heapUsed)}, typed arrays ${mb(m.arrayBuffers)}`,
  );
}
console.log(
  `${Math.round(n / ((performance.now() - start) / 1000)).toLocaleString('en')} posts/s overall (new words are the slow case)`,
);
