// Import of a Simak JSON export. The file is checked whole before anything is written: any
// problem (another format, cut short, another schema version, one bad record) gives a clear
// reason and the log is not touched. The merge then runs in one read-write transaction.
import * as v from 'valibot';
import { PostSchema, SiteSchema } from '../core/post';
import { isoOrUndefined, isSaneTime } from '../core/time-range';
import { PrioritySchema, StatusSchema } from '../db/complaint-fields';
import { BULK_TABLES, ComplaintIndex } from '../db/complaint-index';
import type { SimakDb } from '../db/db';
import type { Complaint } from '../db/schema';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './json';

/** Far above a real export of 100,000 complaints (~150 MB) and below what a tab can parse. */
export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

// Every string and list is capped, every time held to 2000 … now + 1 day, and the keys must
// agree: a file is data from anywhere, and one oversized or out-of-range record once broke the
// CSV export and the popup's list for every record after it.
const Str = v.string();
const Short = v.pipe(Str, v.maxLength(200));
const Word = v.pipe(Str, v.maxLength(100));
const Num = v.pipe(v.number(), v.finite());
const Time = v.pipe(
  Num,
  v.check((ms) => isSaneTime(ms), 'a time outside 2000-01-01 … now + 1 day'),
);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * A calendar day that exists (no 2026-02-31) and lies in the same range as the times. It is a
 * local day: east of UTC it is already tomorrow in UTC terms, which the day of slack covers.
 */
export const ImportDaySchema = v.pipe(
  Str,
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((day) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    return isoOrUndefined(ms)?.slice(0, 10) === day && isSaneTime(ms);
  }, 'not a calendar day between 2000-01-01 and tomorrow'),
);

export const AnalysisSchema = v.object({
  lang: v.picklist(['id', 'en', 'other']),
  sentiment: v.object({
    label: v.picklist(['negative', 'neutral', 'positive']),
    score: Num,
    confidence: Num,
    drivers: list(Word, 100),
  }),
  // Absent in exports made before Simak told kinds apart.
  kind: v.optional(
    v.object({
      label: v.picklist(['complaint', 'inquiry', 'news', 'opinion', 'praise', 'other']),
      probability: Num,
    }),
  ),
  complaint: v.object({
    is: v.boolean(),
    probability: Num,
    categories: list(Word, 50),
    urgent: v.boolean(),
    urgencyFlags: list(Word, 50),
    asksForHelp: v.boolean(),
    drivers: v.optional(v.array(Str)),
  }),
  matches: list(v.object({ queryId: Short, words: list(Word, 100) }), 200),
  modelVersion: Word,
});

const HistorySchema = v.object({
  at: Time,
  field: v.picklist(['status', 'priority', 'category', 'note', 'created']),
  // A note's text is the longest value a history entry holds.
  from: v.optional(v.pipe(Str, v.maxLength(5_000))),
  to: v.optional(v.pipe(Str, v.maxLength(5_000))),
});

const ImportedPostSchema = v.pipe(
  PostSchema,
  v.forward(
    v.check(
      (post) => post.postedAt === undefined || isSaneTime(Date.parse(post.postedAt)),
      'not a date between 2000-01-01 and tomorrow',
    ),
    ['postedAt'],
  ),
);

export const ComplaintRecordSchema = v.pipe(
  v.object({
    id: v.pipe(Str, v.minLength(1), v.maxLength(100)),
    postKey: PostSchema.entries.key,
    site: SiteSchema,
    post: ImportedPostSchema,
    analysis: AnalysisSchema,
    status: StatusSchema,
    priority: PrioritySchema,
    category: v.pipe(Str, v.maxLength(100)),
    notes: list(v.pipe(Str, v.maxLength(5_000)), 1_000),
    tags: list(Word, 100),
    createdAt: Time,
    day: ImportDaySchema,
    updatedAt: Time,
    deleted: v.picklist([0, 1]),
    deviceId: v.pipe(Str, v.maxLength(100)),
    history: list(HistorySchema, 5_000),
  }),
  // One record per post: its key is how the log finds it, so it must be the post's own key.
  v.forward(
    v.check((c) => c.postKey === c.post.key, 'differs from post.key'),
    ['postKey'],
  ),
  v.forward(
    v.check((c) => c.site === c.post.site && c.post.key === `${c.post.site}:${c.post.postId}`, 'differs from the post'),
    ['site'],
  ),
);

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schemaVersion: v.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: v.pipe(Str, v.maxLength(40)),
  complaints: v.array(ComplaintRecordSchema),
});

export type ImportProblem =
  | { reason: 'too-large'; detail: string }
  | { reason: 'not-json'; detail: string }
  | { reason: 'not-simak'; detail: string }
  | { reason: 'schema-version'; detail: string }
  | { reason: 'invalid-record'; detail: string };

export type Parsed = { ok: true; complaints: Complaint[] } | ({ ok: false } & ImportProblem);

/** Checks a whole file's text. Never throws. */
export function parseExport(text: string): Parsed {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large', detail: `${text.length} characters` };
  // Junk fails here at once, without parsing megabytes: an export starts with its header.
  if (!/^\s*\{\s*"format"\s*:\s*"simak-export"/.test(text.slice(0, 200))) {
    return { ok: false, reason: 'not-simak', detail: 'the file does not start like a Simak export' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: e instanceof Error ? e.message : String(e) };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== EXPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'schema-version',
      detail: `schemaVersion ${JSON.stringify(version) ?? 'missing'}, expected ${EXPORT_SCHEMA_VERSION}`,
    };
  }
  const parsed = v.safeParse(ExportSchema, raw);
  if (!parsed.success) return { ok: false, reason: 'invalid-record', detail: describeIssue(parsed.issues[0], raw) };
  return { ok: true, complaints: parsed.output.complaints as Complaint[] };
}

/**
 * Names the record (its place in the file and its id) and the field: "record 3 (id 01H…),
 * field createdAt: a time outside …". Staff can then find and fix it, or ask whoever sent it.
 */
function describeIssue(issue: v.BaseIssue<unknown>, raw: unknown): string {
  const keys = issue.path?.map((p) => String(p.key)) ?? [];
  if (keys[0] !== 'complaints' || keys.length < 2) return `${keys.join('.') || 'file'}: ${issue.message}`;
  const at = Number(keys[1]);
  const record = (raw as { complaints: unknown[] }).complaints[at];
  const id = (record as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? ` (id ${id.slice(0, 100)})` : '';
  const field = keys.slice(2).join('.') || 'the record';
  return `record ${at + 1}${name}, field ${field}: ${issue.message.slice(0, 300)}`;
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges by id: a record not in the log is added; one already there is replaced only when the
 * imported copy is newer (updatedAt), else skipped. The same post logged under another id on
 * another machine counts as the same complaint (one record per post), newest again winning.
 */
export async function mergeComplaints(db: SimakDb, incoming: Complaint[]): Promise<ImportReport> {
  // Within the file, the newest copy of each id, then of each post, wins; the rest are skipped.
  const byId = new Map<string, Complaint>();
  for (const c of incoming) {
    const seen = byId.get(c.id);
    if (!seen || c.updatedAt > seen.updatedAt) byId.set(c.id, c);
  }
  const byKey = new Map<string, Complaint>();
  for (const c of byId.values()) {
    const seen = byKey.get(c.postKey);
    if (!seen || c.updatedAt > seen.updatedAt) byKey.set(c.postKey, c);
  }
  const candidates = [...byKey.values()];
  let skipped = incoming.length - candidates.length;
  return db.transaction('rw', [...BULK_TABLES], async () => {
    const sameId = await db.complaints.bulkGet(candidates.map((c) => c.id));
    const sameKey = new Map<string, Complaint>();
    for (const c of await db.complaints
      .where('postKey')
      .anyOf([...byKey.keys()])
      .toArray())
      sameKey.set(c.postKey, c);
    const puts: Complaint[] = [];
    const removals: string[] = [];
    let added = 0;
    let updated = 0;
    for (const [i, c] of candidates.entries()) {
      const mine = sameId[i];
      const keyHolder = sameKey.get(c.postKey);
      const rival = keyHolder && keyHolder.id !== c.id ? keyHolder : undefined;
      const localNewest = Math.max(mine?.updatedAt ?? -Infinity, rival?.updatedAt ?? -Infinity);
      if ((mine || rival) && localNewest >= c.updatedAt) {
        skipped++;
        continue;
      }
      if (rival) removals.push(rival.id);
      if (mine || rival) updated++;
      else added++;
      puts.push(c);
    }
    await db.complaints.bulkDelete(removals);
    await db.complaints.bulkPut(puts);
    // The search index is patched in this transaction too: no rebuild when the popup opens.
    if (puts.length > 0 || removals.length > 0) await new ComplaintIndex(db).applyChanges(puts, removals);
    return { added, updated, skipped };
  });
}
