// npm run corpus:check: validates every line of data/corpus/*.jsonl (fields present and typed,
// ids unique, categories in the taxonomy, complaint agrees with kind) and prints the counts a
// reader of the corpus wants: per kind, category, urgent, sentiment, language and platform.
// Exits non-zero on the first broken line so a bad edit cannot slip into training.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Post = {
  id: string;
  text: string;
  kind: string;
  complaint: boolean;
  categories: string[];
  urgent: boolean;
  sentiment: string;
  lang: string;
  platform: string;
};

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, 'data/corpus');
const taxonomy = JSON.parse(readFileSync(resolve(root, 'src/core/complaint/taxonomy.default.json'), 'utf8')) as {
  categories: { id: string }[];
};
const known = new Set(taxonomy.categories.map((c) => c.id));
const allowed: Record<string, Set<string>> = {
  kind: new Set(['complaint', 'inquiry', 'news', 'opinion', 'praise', 'other']),
  sentiment: new Set(['positive', 'neutral', 'negative']),
  lang: new Set(['id', 'en']),
  platform: new Set(['x', 'facebook', 'instagram']),
};

const posts: Post[] = [];
const ids = new Set<string>();
const texts = new Map<string, string>();
const errors: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      const p = JSON.parse(line) as Post;
      if (typeof p.id !== 'string' || ids.has(p.id)) errors.push(`${where}: missing or duplicate id ${p.id}`);
      ids.add(p.id);
      if (typeof p.text !== 'string' || p.text.trim().length < 3) errors.push(`${where}: empty text`);
      const seen = texts.get(p.text?.toLowerCase());
      if (seen) errors.push(`${where}: same text as ${seen}`);
      texts.set(p.text?.toLowerCase(), p.id);
      for (const [field, values] of Object.entries(allowed)) {
        if (!values.has((p as Record<string, unknown>)[field] as string)) errors.push(`${where}: bad ${field}`);
      }
      if (typeof p.complaint !== 'boolean' || p.complaint !== (p.kind === 'complaint'))
        errors.push(`${where}: complaint must be true exactly for kind complaint`);
      if (typeof p.urgent !== 'boolean' || (p.urgent && !p.complaint))
        errors.push(`${where}: urgent only on complaints`);
      if (!Array.isArray(p.categories)) errors.push(`${where}: categories not a list`);
      else {
        for (const c of p.categories) if (!known.has(c)) errors.push(`${where}: unknown category ${c}`);
        if (!p.complaint && p.categories.length) errors.push(`${where}: categories only on complaints`);
      }
      posts.push(p);
    });
}
if (errors.length) {
  console.error(errors.slice(0, 30).join('\n'));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}

const count = (key: (p: Post) => string[]) => {
  const m = new Map<string, number>();
  for (const p of posts) for (const k of key(p)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
const table = (title: string, rows: [string, number][], of = posts.length) => {
  console.log(`\n| ${title} | posts | share |\n|---|---|---|`);
  for (const [k, n] of rows) console.log(`| ${k} | ${n} | ${pct(n, of)} |`);
};
const complaints = posts.filter((p) => p.complaint);
console.log(`${posts.length} posts, all lines valid; ${complaints.length} complaints`);
table(
  'kind',
  count((p) => [p.kind]),
);
table(
  'category (of complaints)',
  count((p) => (p.complaint ? (p.categories.length ? p.categories : ['(none)']) : [])),
  complaints.length,
);
table(
  'urgent',
  count((p) => [String(p.urgent)]),
);
table(
  'sentiment',
  count((p) => [p.sentiment]),
);
table(
  'sentiment by kind',
  count((p) => [`${p.kind} / ${p.sentiment}`]),
);
table(
  'lang',
  count((p) => [p.lang]),
);
table(
  'platform',
  count((p) => [p.platform]),
);
const words = posts.map((p) => p.text.split(/\s+/).length).sort((a, b) => a - b);
console.log(`\nwords per post: min ${words[0]}, median ${words[words.length >> 1]}, max ${words[words.length - 1]}`);
