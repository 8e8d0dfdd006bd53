// The English corpus is read line by line by hand-written rules: every line must parse, and no
// post may be there twice (a copy would count twice in a measure and in any fit).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCarePosts, readEnglishCorpus } from './english-corpus';

describe('the English corpus', () => {
  it('parses, holds each post once and all three labels', () => {
    const tweets = readEnglishCorpus();
    expect(new Set(tweets.map((t) => t.text.toLowerCase())).size).toBe(tweets.length);
    expect(new Set(tweets.map((t) => t.id)).size).toBe(tweets.length);
    for (const label of ['negative', 'neutral', 'positive'] as const)
      expect(tweets.filter((t) => t.label === label).length).toBeGreaterThan(tweets.length / 5);
  });

  it('names the file and line of a line without a label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-en-'));
    writeFileSync(join(dir, 'sports.txt'), '# a comment\n+ | What a goal\nWhat a save\n');
    expect(() => readEnglishCorpus(dir)).toThrow('sports.txt:3');
  });

  it('numbers posts within their topic, skipping comments and blank lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-en-'));
    writeFileSync(join(dir, 'music.txt'), '# header\n\n0 | New single out Friday\n- | Concert cancelled\n');
    expect(readEnglishCorpus(dir)).toEqual([
      { id: 'music-1', text: 'New single out Friday', label: 'neutral' },
      { id: 'music-2', text: 'Concert cancelled', label: 'negative' },
    ]);
  });

  it('holds the care posts once each, none of them a tweet of the topic files, with every form', () => {
    const care = readCarePosts();
    const texts = new Set(care.map((p) => p.text.toLowerCase()));
    expect(texts.size).toBe(care.length);
    for (const t of readEnglishCorpus()) expect(texts.has(t.text.toLowerCase())).toBe(false);
    for (const form of ['inquiry', 'fault', 'complaint', 'praise', 'other'] as const)
      expect(care.some((p) => p.form === form)).toBe(true);
  });
});
