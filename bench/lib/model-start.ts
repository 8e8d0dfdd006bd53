// What a stopped worker pays for the models before it can answer, timed in a fresh process
// (cold: nothing compiled yet): parse both models' JSON and build their tables. bench/score.ts
// runs it in new processes and prints the figures; alone: `npx tsx bench/lib/model-start.ts`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
// Past analyze.ts on purpose, which would build the models as it loads.
import { PostModel } from '../../src/core/complaint/post-model';
import { makeSentimentModel } from '../../src/core/sentiment/sentiment';

const raw = readFileSync(new URL('../../src/core/model/sentiment-id.json', import.meta.url), 'utf8');
const rawPost = readFileSync(new URL('../../src/core/model/post-kind.json', import.meta.url), 'utf8');
const parseStart = performance.now();
const weights = JSON.parse(raw);
const postWeights = JSON.parse(rawPost);
const buildStart = performance.now();
makeSentimentModel(weights);
new PostModel(postWeights);
const done = performance.now();
console.log(JSON.stringify({ parseMs: buildStart - parseStart, buildMs: done - buildStart }));
