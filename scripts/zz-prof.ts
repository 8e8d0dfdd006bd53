import { analyze, readPost } from '../src/core/analyze';
import * as data from './lib/datasets';

const texts = [
  ...(data.idsa() ?? []),
  ...(data.tweeteval() ?? []),
  ...(data.mobileJkn() ?? []),
  ...(data.complaintsEn() ?? []),
].map((i) => i.text);
const rate = (fn: (t: string) => unknown) => {
  const s = performance.now();
  for (const t of texts) fn(t);
  return ((performance.now() - s) * 1000) / texts.length;
};
for (let k = 0; k < 3; k++) {
  rate(readPost);
  rate(analyze);
}
const a: number[] = [],
  b: number[] = [];
for (let k = 0; k < 7; k++) {
  a.push(rate(readPost));
  b.push(rate(analyze));
}
a.sort();
b.sort();
console.log('readPost µs', a[3]!.toFixed(2), 'analyze µs', b[3]!.toFixed(2));
