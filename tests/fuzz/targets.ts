// The fuzz targets: one fast-check property per input surface. `npm test` runs them with a
// fixed seed (tests/fuzz/fuzz.test.ts); `npm run fuzz` runs them longer (scripts/fuzz.ts).
import fc from 'fast-check';
import { analyze, compileQueries } from '../../src/core/analyze';
import { parseCount } from '../../src/core/counts';
// The tokenizer and the query parser are fuzzed on their own, past analyze.ts.
import { MAX_TEXT } from '../../src/core/limits';
import { matchQuery, parseQuery } from '../../src/core/query';
import { tokenize } from '../../src/core/text/normalize';
import { parseMessage } from '../../src/messaging/parse';
import { adapterMutations } from './adapter-targets';
import { anyText, hostileText } from './hostile-text';
import { importJunk, importMutated, importTruncated } from './import-targets';

export interface FuzzTarget {
  name: string;
  /** How many cases `npm test` tries; the script multiplies its --runs by this share. */
  runs: number;
  property: fc.IRawProperty<unknown[], boolean>;
}

const fail = (what: string, detail: unknown): never => {
  throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 300)}`);
};
const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

const QUERIES = compileQueries([
  { id: 'login', source: '"tidak bisa login"' },
  { id: 'antri', source: 'antri* OR #lapor' },
  { id: 'near', source: 'obat NEAR/3 (habis OR kosong) -apotek' },
]);

const analyzeTarget = fc.property(anyText, (text) => {
  const a = analyze(text, { queries: QUERIES });
  if (!['id', 'en', 'other'].includes(a.lang)) fail('lang', a.lang);
  if (!inRange(a.sentiment.score, -1, 1)) fail('sentiment score', a.sentiment.score);
  if (!inRange(a.sentiment.confidence, 0, 1)) fail('confidence', a.sentiment.confidence);
  if (!['negative', 'neutral', 'positive'].includes(a.sentiment.label)) fail('label', a.sentiment.label);
  if (!inRange(a.complaint.probability, 0, 1)) fail('probability', a.complaint.probability);
  if (a.complaint.urgent && !a.complaint.is) fail('urgent but not a complaint', a.complaint);
  const ids = new Set(QUERIES.map((q) => q.id));
  for (const m of a.matches) if (!ids.has(m.queryId) || m.words.length === 0) fail('match', m);
});

const tokenizeTarget = fc.property(anyText, (text) => {
  const tokens = tokenize(text);
  for (const t of tokens) {
    if (typeof t !== 'string' || t.length === 0 || /\s/.test(t)) fail('token', t);
  }
  // Deterministic: the worker's cache by post key relies on a post scoring the same twice.
  if (tokenize(text).join('\u0001') !== tokens.join('\u0001')) fail('not deterministic', text.slice(0, 80));
});

const queryTarget = fc.property(hostileText, hostileText, (source, postText) => {
  const parsed = parseQuery(source);
  if (!parsed.ok) {
    const { position, code } = parsed.error;
    if (code === 'internal') fail('internal error in the parser', parsed.error);
    if (!Number.isInteger(position) || position < 0 || position > source.length) fail('error position', parsed.error);
    return;
  }
  // A query that parses must match or not without throwing, and only name words of the post.
  // The post text alone rarely matches; the query's own words in the post often do.
  for (const text of [postText, `${postText} ${source}`]) {
    const tokens = tokenize(text);
    const words = matchQuery(parsed.query, tokens);
    if (words === null) continue;
    if (words.length === 0) fail('a match with no matched word', source);
    const present = new Set(tokens);
    for (const w of words) if (!present.has(w)) fail('matched a word not in the post', { source, w });
  }
});

const countTarget = fc.property(
  fc.oneof(hostileText, fc.string({ unit: 'binary' })),
  fc.option(fc.constantFrom('id', 'en', 'in', 'ar', 'x', ''), { nil: undefined }),
  (text, lang) => {
    const n = parseCount(text, lang);
    if (n === undefined) return;
    if (!Number.isSafeInteger(n) || n < 0) fail('count', { text: text.slice(0, 80), n });
  },
);

/** A plain number printed the way the sites print it comes back as itself. */
const countRoundTrip = fc.property(
  fc.integer({ min: 0, max: 999_999_999 }),
  fc.constantFrom('en-US', 'id-ID', 'de-DE', 'ar-EG', 'hi-IN-u-nu-deva'),
  (n, locale) => {
    const printed = n.toLocaleString(locale);
    const parsed = parseCount(printed);
    if (parsed !== n) fail('count round trip', { n, printed, parsed });
  },
);

const site = fc.constantFrom('x', 'facebook', 'instagram');
const count = fc.option(fc.nat(), { nil: undefined });
const validPost = fc.record(
  {
    key: fc.string({ minLength: 3, maxLength: 300 }),
    site,
    postId: fc.string({ minLength: 1, maxLength: 200 }),
    url: fc.string({ maxLength: 2000 }),
    author: fc.record(
      { name: fc.string({ maxLength: 500 }), handle: fc.string({ maxLength: 200 }) },
      { requiredKeys: [] },
    ),
    text: fc.oneof(
      hostileText.map((t) => t.slice(0, MAX_TEXT)),
      fc.string({ maxLength: MAX_TEXT }),
    ),
    truncated: fc.boolean(),
    counts: fc.record({ replies: count, likes: count, views: count }, { requiredKeys: [] }),
    kind: fc.constantFrom('post', 'reply', 'repost', 'quote', 'ad'),
  },
  { requiredKeys: ['key', 'site', 'postId', 'author', 'text', 'counts', 'kind'] },
);

/** Random values of every shape, including objects with null prototypes and look-alike types. */
const randomMessage = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.record(
    {
      type: fc.constantFrom(
        'ping',
        'posts/seen',
        'complaint/log',
        'complaint/undo',
        'complaints/list',
        'complaint/update',
        'nope',
      ),
      post: fc.anything(),
      posts: fc.anything(),
      id: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
);

/** Messages that carry nothing or one free-form id: a random value can be one of these. */
const PASSABLE: string[] = [
  'ping',
  'summary/today',
  'complaints/facets',
  'complaints/changed',
  'posts/recent',
  'complaint/undo',
  'complaint/get',
];

const messageRandomTarget = fc.property(randomMessage, (raw) => {
  const result = parseMessage(raw);
  if (result.ok) {
    const emptyBatch = result.value.type === 'posts/seen' && result.value.posts.length === 0;
    if (!PASSABLE.includes(result.value.type) && !emptyBatch) {
      fail('a random value passed as a message', raw);
    }
    return;
  }
  if (result.error.code !== 'invalid-message' || result.error.message.length === 0) fail('error', result.error);
});

const POST_FIELDS = ['key', 'site', 'postId', 'url', 'author', 'text', 'truncated', 'counts', 'kind'] as const;

const messageMutationTarget = fc.property(
  validPost,
  fc.constantFrom(...POST_FIELDS),
  fc.anything(),
  (post, field, junk) => {
    const good = parseMessage({ type: 'complaint/log', post });
    if (!good.ok) fail('a valid post was refused', { post, error: good.error });
    const result = parseMessage({ type: 'complaint/log', post: { ...post, [field]: junk } });
    // When the junk happens to be valid for that field, the message may pass; otherwise the
    // refusal names the field that was broken, so a bad adapter is easy to find.
    if (!result.ok && !result.error.message.startsWith(`post.${field}`))
      fail('refusal names another field', { field, error: result.error });
  },
);

export const TARGETS: FuzzTarget[] = [
  { name: 'analyze (arbitrary unicode, huge texts)', runs: 300, property: analyzeTarget },
  { name: 'tokenize (arbitrary unicode, huge texts)', runs: 300, property: tokenizeTarget },
  { name: 'parseQuery + matchQuery (random queries and posts)', runs: 1_000, property: queryTarget },
  { name: 'parseCount (random strings)', runs: 1_000, property: countTarget },
  { name: 'parseCount (numbers as printed in five locales)', runs: 300, property: countRoundTrip },
  { name: 'parseMessage (random values)', runs: 1_000, property: messageRandomTarget },
  { name: 'parseMessage (valid posts with one field broken)', runs: 500, property: messageMutationTarget },
  { name: 'site adapters (saved pages, randomly mutated)', runs: 30, property: adapterMutations },
  { name: 'import (random files)', runs: 200, property: importJunk },
  { name: 'import (a real export cut short)', runs: 200, property: importTruncated },
  { name: 'import (a real export with random edits)', runs: 200, property: importMutated },
];
