import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KEYS, pageStrings } from './page-strings';

describe('page strings', () => {
  it('lists every message key the content script uses', () => {
    const dir = resolve(import.meta.dirname, '../content');
    const used = new Set<string>();
    // Every source file of the content script (the badge's strings are in badge-view.ts).
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(resolve(dir, file), 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g))
        if (m[1]) used.add(m[1]);
    }
    // The sentiment labels are looked up by a built key: t(`sentiment_${label}`).
    for (const label of ['negative', 'neutral', 'positive']) used.add(`sentiment_${label}`);
    expect([...used].sort()).toEqual([...PAGE_KEYS].sort());
  });

  it('gives the chosen language, or only category labels when the browser language applies', () => {
    const id = pageStrings('id', 'en-US');
    expect(id.messages?.logComplaint?.message).toBe('Catat keluhan');
    expect(id.categories.antrean).toBe('Antrean & waktu tunggu');
    const auto = pageStrings('auto', 'en-US');
    expect(auto.messages).toBeNull();
    expect(auto.categories.antrean).toBe('Queues & waiting time');
  });
});
