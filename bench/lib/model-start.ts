// What a worker pays for the models before it can answer: parse both models' JSON and build their
// tables. bench/score.ts times it in its own warm process and runs this file in fresh processes
// (cold: nothing compiled yet, as a stopped worker starts); alone: `npx tsx bench/lib/model-start.ts`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
// Past analyze.ts on purpose, which would build the models as it loads.
import { PostModel } from '../../src/core/complaint/post-model';
import { makeSentimentModel } from '../../src/core/sentiment/sentiment';

export interface ModelStart {
  /** Characters of JSON parsed. */
  chars: number;
  parseMs: number;
  buildMs: number;
}

export function timeModelStart(): ModelStart {
  const raw = readFileSync(new URL('../../src/core/model/sentiment-id.json', import.meta.url), 'utf8');
  const rawPost = readFileSync(new URL('../../src/core/model/post-kind.json', import.meta.url), 'utf8');
  const parseStart = performance.now();
  const weights = JSON.parse(raw);
  const postWeights = JSON.parse(rawPost);
  const buildStart = performance.now();
  makeSentimentModel(weights);
  new PostModel(postWeights);
  const done = performance.now();
  return { chars: raw.length + rawPost.length, parseMs: buildStart - parseStart, buildMs: done - buildStart };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(timeModelStart()));
