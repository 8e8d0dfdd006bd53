import { analyze, readPost } from '../src/core/analyze';
import * as data from './lib/datasets';

const texts = [...(data.idsa() ?? []), ...(data.tweeteval() ?? []), ...(data.mobileJkn() ?? [])].map((i) => i.text);
function time(name: string, fn: (t: string) => unknown) {
  for (let k = 0; k < 2; k++) for (const t of texts) fn(t);
  const s = performance.now();
  for (let k = 0; k < 3; k++) for (const t of texts) fn(t);
  console.log(name, ((3 * texts.length) / ((performance.now() - s) / 1000)).toFixed(0), 'posts/s');
}
time('readPost', (t) => readPost(t));
time('analyze', (t) => analyze(t));
