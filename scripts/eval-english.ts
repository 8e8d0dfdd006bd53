// npm run eval:en: the English figures alone, in seconds, for a quick loop on the English rules:
// TweetEval val (a measure set: it measures, nothing is fitted on it), the project's own English
// tweets (data/corpus-en, the one English set a change may be chosen on) per file, and
// complaints-en F1. `npm run eval` prints these among all the others and writes the docs.
import { analyze } from '../src/core/analyze';
import type { SentimentLabel } from '../src/core/types';
import * as data from './lib/datasets';
import { readCarePosts, readEnglishCorpus } from './lib/english-corpus';
import { score } from './lib/metrics';

const THREE: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

function line(name: string, items: readonly { text: string; label: SentimentLabel }[]): string {
  const s = score(
    THREE,
    items.map((i) => i.label),
    items.map((i) => analyze(i.text).sentiment.label),
  );
  const recalls = THREE.map((c) => `${c.slice(0, 3)} ${s.perClass[c].recall.toFixed(3)}`).join(', ');
  return `${name.padEnd(24)} n ${String(s.n).padStart(4)}  macro-recall ${s.macroRecall.toFixed(4)}  (${recalls})`;
}

const tweeteval = data.tweeteval();
console.log(tweeteval ? line('TweetEval val', tweeteval) : 'TweetEval val: absent');
const own = readEnglishCorpus();
console.log(line('own English tweets', own));
for (const file of [...new Set(own.map((t) => t.id.replace(/-\d+$/, '')))]) {
  console.log(
    line(
      `  ${file}`,
      own.filter((t) => t.id.replace(/-\d+$/, '') === file),
    ),
  );
}
/** Complaint precision, recall and F1 of the analysis on posts labelled complaint or not. */
function complaintLine(name: string, items: readonly { text: string; complaint: boolean }[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of items) {
    const is = analyze(i.text).complaint.is;
    if (is && i.complaint) tp++;
    else if (is) fp++;
    else if (i.complaint) fn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return `${name} F1 ${f1.toFixed(4)} (P ${precision.toFixed(3)} / R ${recall.toFixed(3)})`;
}

// The own posts to care accounts: how each form reads (a plain inquiry should not be a complaint,
// a question reporting a fault should).
const care = readCarePosts();
console.log(complaintLine('own care posts complaint', care));
for (const form of [...new Set(care.map((p) => p.form))]) {
  const posts = care.filter((p) => p.form === form);
  const flagged = posts.filter((p) => analyze(p.text).complaint.is).length;
  console.log(`  ${form.padEnd(10)} ${flagged} of ${posts.length} read as complaints`);
}
const complaints = data.complaintsEn();
if (complaints) console.log(complaintLine('complaints-en', complaints));
