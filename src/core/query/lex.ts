// Watch queries, the lexer: query text → words, "phrases", parentheses and the upper-case
// operators (AND, OR, NOT or a leading "-", NEAR/n). See parse.ts for the syntax.
import { fail } from './ast';

/** The largest n of NEAR/n. */
const MAX_NEAR = 100;

export type Lexeme =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not'; at: number }
  | { kind: 'near'; at: number; distance: number }
  | { kind: 'word'; at: number; text: string }
  | { kind: 'phrase'; at: number; text: string };

// Phones turn " into “ ” or „ as the user types, so those quote a phrase too.
const QUOTE = /["“”„]/u;
const BARE_END = /[\s()"“”„]/u;
const NEAR_OP = /^NEAR\/(\d+)$/;

export function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/u.test(c)) i++;
    else if (c === '(') out.push({ kind: 'open', at: i++ });
    else if (c === ')') out.push({ kind: 'close', at: i++ });
    else if (QUOTE.test(c)) i = lexPhrase(source, i, out);
    else i = lexBare(source, i, out);
  }
  return out;
}

function lexPhrase(source: string, at: number, out: Lexeme[]): number {
  const rest = source.slice(at + 1).search(QUOTE);
  const close = rest < 0 ? -1 : at + 1 + rest;
  if (close < 0) fail(at, 'unclosed-quote', `The quote opened at ${at} is never closed.`);
  out.push({ kind: 'phrase', at, text: source.slice(at + 1, close) });
  return close + 1;
}

function lexBare(source: string, at: number, out: Lexeme[]): number {
  let end = at;
  while (end < source.length && !BARE_END.test(source[end] ?? ' ')) end++;
  let text = source.slice(at, end);
  let start = at;
  // A leading "-" is NOT ("-dokter"); inside a word it is part of it ("covid-19").
  if (text.startsWith('-')) {
    out.push({ kind: 'not', at });
    text = text.slice(1);
    start++;
    if (text === '') return end;
  }
  out.push(operatorOrWord(text, start));
  return end;
}

function operatorOrWord(text: string, at: number): Lexeme {
  if (text === 'AND') return { kind: 'and', at };
  if (text === 'OR') return { kind: 'or', at };
  if (text === 'NOT') return { kind: 'not', at };
  if (text === 'NEAR' || text.startsWith('NEAR/')) {
    const m = NEAR_OP.exec(text);
    const distance = m ? Number(m[1]) : Number.NaN;
    if (!(distance <= MAX_NEAR)) {
      fail(at, 'near-distance', `NEAR needs a distance from 0 to ${MAX_NEAR}, written like NEAR/3.`);
    }
    return { kind: 'near', at, distance };
  }
  return { kind: 'word', at, text };
}
