// Import of a Simak JSON export. The file is checked whole before anything is written: any
// problem (another format, cut short, another schema version, one bad record) gives a clear
// reason and the log is not touched. The merge then runs in one read-write transaction.
import * as v from 'valibot';
import type { SimakDb } from '../db/db';
import { bumpRevision } from '../db/revision';
import type { Complaint } from '../db/schema';
import { PostSchema } from '../messages';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './json';

/** Far above a real export of 100,000 complaints (~150 MB) and below what a tab can parse. */
export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

const Str = v.string();
const Num = v.pipe(v.number(), v.finite());
const AnalysisSchema = v.object({
  lang: v.picklist(['id', 'en', 'other']),
  sentiment: v.object({
    label: v.picklist(['negative', 'neutral', 'positive']),
    score: Num,
    confidence: Num,
    drivers: v.array(Str),
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
    categories: v.array(Str),
    urgent: v.boolean(),
    urgencyFlags: v.array(Str),
    asksForHelp: v.boolean(),
    drivers: v.optional(v.array(Str)),
  }),
  matches: v.array(v.object({ queryId: Str, words: v.array(Str) })),
  modelVersion: Str,
});

const HistorySchema = v.object({
  at: Num,
  field: v.picklist(['status', 'priority', 'category', 'note', 'created']),
  from: v.optional(Str),
  to: v.optional(Str),
});

export const ComplaintRecordSchema = v.object({
  id: v.pipe(Str, v.minLength(1), v.maxLength(100)),
  postKey: v.pipe(Str, v.minLength(3), v.maxLength(300)),
  site: v.picklist(['x', 'facebook', 'instagram']),
  post: PostSchema,
  analysis: AnalysisSchema,
  status: v.picklist(['new', 'in-progress', 'resolved', 'dismissed']),
  priority: v.picklist(['low', 'normal', 'high', 'urgent']),
  category: v.pipe(Str, v.maxLength(100)),
  notes: v.array(v.pipe(Str, v.maxLength(5_000))),
  tags: v.array(Str),
  createdAt: Num,
  day: v.pipe(Str, v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  updatedAt: Num,
  deleted: v.picklist([0, 1]),
  deviceId: Str,
  history: v.array(HistorySchema),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schemaVersion: v.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: Str,
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
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: 'invalid-record', detail: `${where}: ${issue.message}` };
  }
  return { ok: true, complaints: parsed.output.complaints as Complaint[] };
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
  return db.transaction('rw', db.complaints, db.settings, async () => {
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
    if (puts.length > 0) await bumpRevision(db);
    return { added, updated, skipped };
  });
}
