// npm run corpus:build: turns the hand-written corpus sources (data/corpus/src/*.txt, one post a
// line in a compact form so the writing stays readable) into the JSON lines the trainers read
// (data/corpus/<name>.jsonl). Nothing here invents text: every post is a line someone wrote.
//
// Source format (see docs/annotation.md):
//   # kind=complaint cats=obat        header: the file's kind and default categories
//   xi-! +rujukan | text              platform (x|f|g=instagram), lang (i|e), sentiment (-|0|+),
//                                     '!' = urgent; then categories: '+id' adds to the default,
//                                     '=a,b' replaces it, '~' = none; then ' | ' and the text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const srcDir = resolve(root, 'data/corpus/src');
const taxonomy = JSON.parse(readFileSync(resolve(root, 'src/core/complaint/taxonomy.default.json'), 'utf8')) as {
  categories: { id: string }[];
};
const known = new Set(taxonomy.categories.map((c) => c.id));
const platforms: Record<string, string> = { x: 'x', f: 'facebook', g: 'instagram' };
const langs: Record<string, string> = { i: 'id', e: 'en' };
const sentiments: Record<string, string> = { '-': 'negative', '0': 'neutral', '+': 'positive' };
const kinds = new Set(['complaint', 'inquiry', 'news', 'opinion', 'praise', 'other']);

let total = 0;
for (const file of readdirSync(srcDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const stem = basename(file, '.txt');
  let kind = '';
  let defaults: string[] = [];
  const out: string[] = [];
  const lines = readFileSync(resolve(srcDir, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (!line.trim()) return;
    if (line.startsWith('#')) {
      const k = /kind=(\w+)/.exec(line);
      const c = /cats=([\w,]+)/.exec(line);
      if (k?.[1]) kind = k[1];
      defaults = c?.[1] ? c[1].split(',') : []; // each header starts afresh
      return;
    }
    const bar = line.indexOf(' | ');
    if (bar < 0) throw new Error(`${where}: no ' | '`);
    const [code = '', ...catTokens] = line.slice(0, bar).trim().split(/\s+/);
    const text = line.slice(bar + 3).trim();
    // A category written after the text ("... | text +obat") would be lost into the post.
    if (/ [+=][a-z_]+(,[a-z_]+)*$/.test(text)) throw new Error(`${where}: category token after the text`);
    const m = /^([xfg])([ie])([-0+])(!?)$/.exec(code);
    if (!m) throw new Error(`${where}: bad code ${code}`);
    const [, platform = '', lang = '', sentiment = '', urgent] = m;
    if (!kinds.has(kind)) throw new Error(`${where}: no kind header`);
    let categories = kind === 'complaint' ? [...defaults] : [];
    for (const t of catTokens) {
      if (t === '~') categories = [];
      else if (t.startsWith('=')) categories = t.slice(1).split(',');
      else if (t.startsWith('+')) categories.push(...t.slice(1).split(','));
      else throw new Error(`${where}: bad category token ${t}`);
    }
    for (const c of categories) if (!known.has(c)) throw new Error(`${where}: unknown category ${c}`);
    out.push(
      JSON.stringify({
        id: `${stem}-${String(out.length + 1).padStart(4, '0')}`,
        text,
        kind,
        complaint: kind === 'complaint',
        categories: [...new Set(categories)],
        urgent: urgent === '!',
        sentiment: sentiments[sentiment],
        lang: langs[lang],
        platform: platforms[platform],
      }),
    );
  });
  writeFileSync(resolve(root, 'data/corpus', `${stem}.jsonl`), `${out.join('\n')}\n`);
  total += out.length;
  console.log(`${stem}.jsonl ${out.length}`);
}
console.log(`total ${total}`);
