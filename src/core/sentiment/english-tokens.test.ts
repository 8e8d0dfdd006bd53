// The names are looked for only when a capitalised word of the post is one the English rules
// read (english-tokens.ts: askedWords). Here every English text of the project, and each again
// with its words capitalised by turns (which makes names of sentiment words, negators, swear
// words and the linking words of two-word entries), is read with and without that shortcut: the
// readings must be the same to the last digit. A word the rules read but the shortcut does not
// ask for makes this fail (tried: without the two-word entries' second words, or without the list's
// single words).
import { describe, expect, it } from 'vitest';
import { readEnglishCorpus } from '../../../scripts/lib/english-corpus';
import { readCorpus } from '../../../scripts/model/train-post';
import { knowsWord } from '../analyze';
import { readTokens } from '../text/normalize';
import type { Token } from '../text/token';
import type { Sentiment } from '../types';
import { englishSentiment } from './english';
import { withEagerness } from './english-eagerness';
import { LINKING_WORDS } from './english-names';
import { englishTokens } from './english-tokens';
import { LEXICON_EN } from './lexicon';
import { polarity } from './polarity';
import { ENGLISH } from './sentiment';

/** The English reading as the worker's model makes it (sentiment.ts), the names searched always or when asked. */
function reading(tokens: readonly Token[], text: string, findAllNames: boolean): Sentiment {
  const read = englishTokens(tokens, text, findAllNames);
  return englishSentiment(read, withEagerness(polarity(read, ENGLISH), text));
}

/** The text with every other word (of letters) capitalised, starting with the first or the second. */
function capitalisedByTurns(text: string, first: 0 | 1): string {
  let n = 0;
  return text.replace(/[a-z]+/g, (w) => (n++ % 2 === first ? w[0]?.toUpperCase() + w.slice(1) : w));
}

describe('looking for names only when a capitalised word may be read', () => {
  const texts = [...readEnglishCorpus().map((t) => t.text), ...readCorpus().map((p) => p.text)];
  const variants = texts.flatMap((t) => [t, capitalisedByTurns(t, 0), capitalisedByTurns(t, 1)]);

  it('reads every English text of the project as the full search does', () => {
    let differ = 0;
    let skippedNames = 0;
    for (const text of variants) {
      const tokens = readTokens(text, knowsWord);
      const full = reading(tokens, text, true);
      const lazy = reading(tokens, text, false);
      if (JSON.stringify(full) !== JSON.stringify(lazy)) {
        differ++;
        expect({ text, lazy }).toEqual({ text, lazy: full });
      }
      // The search found names whose words the shortcut did not look for.
      const texts = (findAll: boolean) => englishTokens(tokens, text, findAll).map((t) => t.text);
      if (texts(true).join(' ') !== texts(false).join(' ')) skippedNames++;
    }
    expect(differ).toBe(0);
    // The comparison ran over posts where the shortcut passed names over, many of them.
    expect(skippedNames).toBeGreaterThan(1000);
  });

  it('holds no two-word entry of two linking words, which no capitalised word would tell', () => {
    // The shortcut passes over a name's linking words: an entry's linking word matters only
    // beside the entry's other word, a capitalised word of the name (english-tokens.ts).
    const linksOnly = [...LEXICON_EN.keys()].filter(
      (k) => k.includes(' ') && k.split(' ').every((w) => LINKING_WORDS.has(w)),
    );
    expect(linksOnly).toEqual([]);
  });
});
