// Readers for the labelled sets in ../shared/data (see its SOURCES.md). 'measure' sets are read
// in place and never copied; a set that is absent is reported as such and skipped.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SentimentLabel } from '../../src/core/types';
import { parseCsv } from './csv';

export const DATA_DIR = resolve(process.env.SIMAK_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));

export interface SentimentItem {
  text: string;
  label: SentimentLabel;
}
export interface ComplaintItem {
  text: string;
  complaint: boolean;
}

function read(rel: string): string | undefined {
  const path = resolve(DATA_DIR, rel);
  return existsSync(path) ? readFileSync(path, 'utf8').replace(/^\ufeff/, '') : undefined;
}

function tsv(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

const LABELS: Record<string, SentimentLabel> = {
  negative: 'negative',
  neutral: 'neutral',
  positive: 'positive',
  '-1': 'negative',
  '0': 'neutral',
  '1': 'positive',
};

function label(raw: string | undefined): SentimentLabel {
  const l = LABELS[(raw ?? '').trim()];
  if (!l) throw new Error(`unknown label ${raw}`);
  return l;
}

/** SmSA (ship): pre-tokenised lower-case Indonesian, `text<TAB>label`. */
export function smsa(split: 'train' | 'valid'): SentimentItem[] | undefined {
  const t = read(`smsa/${split}.tsv`);
  return t === undefined ? undefined : tsv(t).map(([text, l]) => ({ text: text ?? '', label: label(l) }));
}

/** IDSA tweets (measure): `sentimen<TAB>Tweet`, header row. */
export function idsa(): SentimentItem[] | undefined {
  const t = read('idsa-tweets/labeled.csv');
  return t === undefined
    ? undefined
    : tsv(t)
        .slice(1)
        .filter((r) => r.length >= 2)
        .map(([l, text]) => ({ text: text ?? '', label: label(l) }));
}

/** Telco tweets (measure): positive vs negative only. */
export function telco(): SentimentItem[] | undefined {
  const t = read('telco-tweets/tweets.csv');
  return t === undefined
    ? undefined
    : parseCsv(t)
        .slice(1)
        .map((r) => ({ text: r[2] ?? '', label: label(r[1]) }));
}

/** TweetEval sentiment validation split (measure), English. */
export function tweeteval(): SentimentItem[] | undefined {
  const t = read('tweeteval-sentiment/val.csv');
  return t === undefined
    ? undefined
    : parseCsv(t)
        .slice(1)
        .map((r) => ({ text: r[0] ?? '', label: label(r[1]) }));
}

/** Mobile JKN reviews (measure): 1–2★ complaint, 4–5★ not; 3★ left out as mixed. */
export function mobileJkn(): ComplaintItem[] | undefined {
  const t = read('mobilejkn-reviews/dev.csv');
  if (!t) return undefined;
  return parseCsv(t)
    .slice(1)
    .map((r) => ({ text: r[0] ?? '', stars: Number(r[1]) }))
    .filter((r) => r.stars !== 3 && r.stars >= 1 && r.stars <= 5)
    .map((r) => ({ text: r.text, complaint: r.stars <= 2 }));
}

/** English complaints to customer-service accounts (measure). */
export function complaintsEn(): ComplaintItem[] | undefined {
  const t = read('complaints-en/dev.csv');
  return t === undefined
    ? undefined
    : parseCsv(t)
        .slice(1)
        .map((r) => ({ text: r[0] ?? '', complaint: r[1] === '1' }));
}

/** A real post about BPJS read twice: each label is there only where both readings agreed. */
export interface BpjsItem {
  text: string;
  complaint?: boolean;
  sentiment?: SentimentLabel;
  categories?: string[];
  urgent?: boolean;
}

/** Real tweets about BPJS Kesehatan labelled for Simak (measure): JSON lines. */
export function bpjsTweets(): BpjsItem[] | undefined {
  const t = read('bpjs-tweets/dev.jsonl');
  return t === undefined
    ? undefined
    : t
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as BpjsItem);
}
