// The project's own English tweets (data/corpus-en, MIT; labelled by its README): the one
// English set a change may be fitted on and ship. The measure sets (TweetEval, complaints-en)
// only measure.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SentimentLabel } from '../../src/core/types';

export interface EnglishTweet {
  /** `<file>-<position among the file's tweets>`: the file is the tweet's topic. */
  id: string;
  text: string;
  label: SentimentLabel;
}

const MARKS: Record<string, SentimentLabel> = { '-': 'negative', '0': 'neutral', '+': 'positive' };

/** The corpus's tweets: `<topic>.txt`, one a line, `<- | 0 | +> | text`; `#` starts a comment. */
export function readEnglishCorpus(dir = resolve(import.meta.dirname, '../../data/corpus-en')): EnglishTweet[] {
  const out: EnglishTweet[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const topic = file.slice(0, -4);
    let n = 0;
    for (const [i, line] of readFileSync(resolve(dir, file), 'utf8').split('\n').entries()) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const m = /^([-0+]) \| (\S.*)$/.exec(line);
      const label = m?.[1] === undefined ? undefined : MARKS[m[1]];
      if (!m?.[2] || !label) throw new Error(`${file}:${i + 1}: expected "<- | 0 | +> | text"`);
      out.push({ id: `${topic}-${++n}`, text: m[2].trim(), label });
    }
  }
  return out;
}
