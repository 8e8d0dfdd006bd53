import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import id from '../../public/_locales/id/messages.json' with { type: 'json' };
import { KINDS } from '../../src/core/kinds';
import type { QueryErrorCode } from '../../src/core/query';
import { LANGUAGES } from '../../src/settings';
import { PRIORITIES, SITES, STATUSES } from '../../src/ui/vocab';

const root = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

describe('locales', () => {
  it('en and id have the same keys and the same placeholders', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en as Messages)) {
      expect(Object.keys((id as Messages)[key]?.placeholders ?? {}), key).toEqual(
        Object.keys(entry.placeholders ?? {}),
      );
      expect((id as Messages)[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('every key the code asks for exists, including the ones built from a vocabulary', () => {
    const asked = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (m[1]) asked.add(m[1]);
    }
    for (const s of STATUSES) asked.add(`status_${s.replace('-', '_')}`);
    for (const p of PRIORITIES) asked.add(`priority_${p}`);
    for (const s of SITES) asked.add(`site_${s}`);
    for (const l of LANGUAGES) asked.add(`language_${l}`);
    for (const k of KINDS) asked.add(`kind_${k}`);
    for (const r of ['too_large', 'not_json', 'not_simak', 'schema_version', 'invalid_record'])
      asked.add(`import_${r}`);
    for (const f of ['language', 'sites', 'thresholds', 'retentionDays', 'watchQueries', 'categories'])
      asked.add(`setting_${f}`);
    for (const f of ['status', 'priority', 'category']) asked.add(`field_${f}`);
    const queryErrors = [
      'empty-query',
      'unclosed-quote',
      'empty-phrase',
      'unclosed-paren',
      'unmatched-paren',
      'missing-operand',
      'near-distance',
      'near-operand',
      'bare-wildcard',
      'wildcard-position',
      'bad-prefix',
      'empty-term',
      'only-negative',
      'too-long',
      'too-deep',
      'too-many-near',
      'internal',
    ] satisfies QueryErrorCode[];
    for (const c of queryErrors) asked.add(`queryError_${c.replace(/-/g, '_')}`);
    expect(asked.size).toBeGreaterThan(80);
    expect([...asked].filter((k) => !(k in en))).toEqual([]);
  });
});
