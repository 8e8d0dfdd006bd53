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

/** What a post to or about a company does: the complaint rule for English inquiries is chosen by these. */
export type CareForm = 'inquiry' | 'fault' | 'complaint' | 'praise' | 'other';

export interface CarePost {
  /** `care-questions-<line>`. */
  id: string;
  text: string;
  /** A grievance to or about the company, a question that reports a fault among them. */
  complaint: boolean;
  form: CareForm;
}

const FORMS: readonly string[] = ['inquiry', 'fault', 'complaint', 'praise', 'other'];

/**
 * The project's own posts to care accounts and about companies (`care-questions.jsonl`, one
 * `{"text", "complaint", "form"}` a line): plain questions beside questions that report a fault,
 * so that a question is not read as a complaint by its form alone.
 */
export function readCarePosts(
  file = resolve(import.meta.dirname, '../../data/corpus-en/care-questions.jsonl'),
): CarePost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const p = JSON.parse(line) as Partial<CarePost>;
      if (typeof p.text !== 'string' || typeof p.complaint !== 'boolean' || !FORMS.includes(p.form ?? ''))
        throw new Error(`care-questions.jsonl:${i + 1}: expected {"text", "complaint", "form"}`);
      return { id: `care-questions-${i + 1}`, text: p.text, complaint: p.complaint, form: p.form as CareForm };
    });
}
